/*
 * How ranked results are handed to Material's result list; search-vi-worker.js
 * loads it into the search worker after search-vi-rank.js.
 *
 * - Highlights: a syllable that stands in a run of the query (two or more of
 *   its syllables side by side, in order) is marked only inside such runs,
 *   so "tinh gian bien che" marks "tinh giản biên chế", not every "tỉnh";
 *   a syllable found only on its own is marked wherever it is found.
 * - Text: like Material's teaser, the (at most two) blocks holding a mark.
 * - Terms: Material lists the `false` ones under a result ("Không: …") and
 *   passes the `true` ones to the page it opens (?h=, highlighted there). They
 *   are the reader's own words, each `true` where the result holds it, plus
 *   the entry's marked words as written (the page highlights them as spelt).
 * - Groups: Material shows a group as its page's title, then the sections
 *   scored like the group's first entry, then "N more". Consecutive results
 *   from one page form a group whose first entry is the best of them: a
 *   section that holds the match comes first, the page's title above it
 *   only names the page (no text), and Enter opens the best result.
 */
(function () {
  "use strict"

  var rank = self.searchViRank
  var SHOWN_PER_GROUP = 3  // sections shown with their text; the others go under "N more"

  /* Which tokens of a scanned field to mark: true at j where token j is to be marked. A syllable
     is marked only if the entry holds it (see `held`), and only where it matches as well as
     anywhere in the entry ("sở" where the entry has "sở", not also its "số"). */
  function marked(tokens, scanned, query, inRun, best, holds) {
    var n = scanned.n, runs = scanned.runs, marks = []
    for (var j = 0; j < scanned.length; j++) {
      var mark = false
      var next = j + 1 < tokens.length && tokens[j + 1].skip ? j + 2 : j + 1
      for (var i = 0; i < n && !mark; i++) {
        var run = runs[j * n + i]
        if (!run || !holds[i] || scanned.levels[j * n + i] < best[i]) continue
        var continues = next < scanned.length && i + 1 < n && runs[next * n + i + 1] > run
        mark = inRun[i] ? run > 1 || continues : true
      }
      marks.push(mark)
    }
    return marks
  }

  /* inRun[i]: syllable i stands in a run of two or more somewhere in the entry. */
  function syllablesInRuns(scans, query) {
    var inRun = query.map(function () { return false })
    scans.forEach(function (scanned) {
      for (var k = 0; k < scanned.runs.length; k++) {
        var length = scanned.runs[k], i = k % scanned.n
        if (length > 1) for (var m = i - length + 1; m <= i; m++) inRun[m] = true
      }
    })
    return inRun
  }

  function wrap(html, tokens, marks, found) {
    var pieces = [], cursor = 0
    tokens.forEach(function (word, j) {
      if (!marks[j]) return
      pieces.push(html.slice(cursor, word.start), "<mark>", html.slice(word.start, word.end), "</mark>")
      found[html.slice(word.start, word.end).toLowerCase()] = true
      cursor = word.end
    })
    pieces.push(html.slice(cursor))
    return pieces.join("")
  }

  /* Like Material's teaser: only the (at most two) top-level blocks that contain a mark. */
  function markedBlocks(html) {
    var blocks = [], depth = 0, inText = false
    html.split(/(<[^>]*>)/).forEach(function (part) {
      if (part === "") return
      var tag = /^<(\/?)(\w+)/.exec(part)
      var structural = tag !== null && tag[2].toLowerCase() !== "mark"
      if (blocks.length === 0 || depth === 0 && (structural ? !tag[1] : !inText))
        blocks.push("")
      blocks[blocks.length - 1] += part
      if (structural) depth += tag[1] ? -1 : 1
      inText = depth === 0 && !structural
    })
    var kept = blocks.filter(function (block) { return block.indexOf("<mark>") !== -1 }).slice(0, 2)
    return kept.length ? kept.join(" ") : html
  }

  /* Whether the entry holds syllable i: with the diacritics typed, if any ("giản" is not held
     by an entry that has only "gian"), as a whole word or, for the last one, a word's start. */
  function held(query, best) {
    return query.map(function (syllable, i) {
      return syllable.toned ? best[i] === rank.WHOLE_EXACT || (syllable.last && best[i] === rank.PREFIX)
        : rank.usable(syllable, best[i])
    })
  }

  /* The reader's words (as typed, lowercase), each true where the entry holds it. */
  function readerTerms(query, holds) {
    var terms = {}
    query.forEach(function (syllable, i) { terms[syllable.lower] = terms[syllable.lower] || holds[i] })
    return terms
  }

  /* Material's result item for a ranked candidate: the reader's terms, and, when `mark`, the
     title and text marked anew (otherwise as Material marked them: results far down the list). */
  function present(candidate, raw, query, mark) {
    var facts = candidate.facts, holds = held(query, facts.best), terms = readerTerms(query, holds)
    var item = Object.assign({}, candidate.doc, { terms: terms })
    delete item.parent  // Material's page entry, with all its text: not read by the result list
    var context = raw.context ? " · " + raw.context : ""
    if (!mark) {
      item.title += context
      return item
    }
    var inRun = syllablesInRuns(facts.scans, query), found = {}, entry = candidate.entry
    item.title = wrap(raw.title || "", entry.title, marked(entry.title, facts.scans[0], query, inRun, facts.best, holds), found) + context
    item.text = markedBlocks(wrap(raw.text || "", entry.text, marked(entry.text, facts.scans[1], query, inRun, facts.best, holds), found))
    Object.keys(found).forEach(function (word) { if (!(word in terms)) terms[word] = true })
    return item
  }

  function pageOf(location) {
    return location.split("#")[0]
  }

  /* Ranked items in Material's groups (see the top of this file), scores falling group by group. */
  function groups(items, header) {
    var runs = []
    items.forEach(function (item) {
      var last = runs[runs.length - 1]
      if (last && pageOf(last[0].location) === pageOf(item.location)) last.push(item)
      else runs.push([item])
    })
    return runs.map(function (run, number) {
      var score = runs.length - number
      var page = run.filter(function (item) { return item.location === pageOf(item.location) })[0]
      var sections = run.filter(function (item) { return item !== page })
      var shown = run[0] === page ? 0 : SHOWN_PER_GROUP
      var group = sections.map(function (item, k) {
        return Object.assign({}, item, { score: k < shown ? score : score - 0.5 })
      })
      if (run[0] === page) return [Object.assign({}, page, { score: score })].concat(group)
      var title = page ? Object.assign({}, page, { score: 0 }) : header(pageOf(run[0].location))
      return group.concat(title ? [title] : [])
    })
  }

  self.searchViPresent = { present: present, groups: groups }
})()
