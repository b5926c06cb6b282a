/*
 * How ranked results are handed to Material's result list; search-vi-worker.js
 * loads it into the search worker after search-vi-rank.js.
 *
 * - Highlights: a syllable that stands in a run of the query (two or more of
 *   its syllables side by side, in order) is marked only inside such runs,
 *   so "tinh gian bien che" marks "tinh giản biên chế", not every "tỉnh";
 *   a syllable found only on its own is marked wherever it is found.
 * - Text: an excerpt of about EXCERPT_CHARS characters, plain text and
 *   marks only, from the start of the sentence or list item that holds the
 *   first mark (or from a little before the mark, after "…"); Material shows
 *   a result's whole text, which for a unit page's list of activities is
 *   a screen or more, and sends it from the worker for every result.
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
  var EXCERPT_CHARS = 240  // of a result's text: four lines on a phone
  var LEAD_CHARS = 60      // at most this much before the first mark, when its block starts further back
  var BLOCK_TAG = /^<\/?(?:p|li|ul|ol|dl|dt|dd|div|blockquote|table|thead|tbody|tr|td|th|h[1-6]|br|hr|pre)\b/i
  var BLOCK_TAGS = new RegExp(BLOCK_TAG.source.replace("^", "") + "[^>]*>", "gi")
  var OTHER_TAGS = /<(?!\/?mark\b)[^>]*>/gi
  var SPACES = /\s\s+|[^\S ]/g  // runs, and any white space but " " (far faster than /\s+/ on long texts)
  var MARK_OPEN = /^<mark\b/i, MARK_CLOSE = /^<\/mark>/i
  var ENTITY = /&(?:#\d+|#x[0-9a-f]+|\w+);/gi
  var NOT_IN_RESULT = ["title_terms", "text_terms", "aliases", "context", "quoted", "parent"]  // the list reads none

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

  /* An index field's HTML as words: {html, marked, block, spaced, length}; `block`: the first word
     of a block (paragraph, list item, cell); `spaced`: space before it (else it continues the word
     before: "CNTT" then ","). Words keep their entities ("&amp;"), so a cut between two words
     never splits one; tags other than <mark> are dropped, their text kept. */
  function words(html) {
    var list = [], marked = false, block = true, spaced = false
    html.split(/(<[^>]*>)/).forEach(function (part) {
      if (part.charAt(0) === "<") {
        if (MARK_OPEN.test(part)) marked = true
        else if (MARK_CLOSE.test(part)) marked = false
        else if (BLOCK_TAG.test(part)) block = true
        return
      }
      (part.match(/\s+|[^\s]+/g) || []).forEach(function (piece) {
        if (/^\s/.test(piece)) { spaced = true; return }
        list.push({ html: piece, marked: marked, block: block, spaced: spaced || block,
                    length: piece.replace(ENTITY, "x").length + 1 })
        block = spaced = false
      })
    })
    return list
  }

  /* The excerpt of a result far down the list (not marked anew): its text's start, cut at a space
     outside any tag; plain string work, as there may be hundreds of them. */
  function headExcerpt(html) {
    if (html.length > 4 * EXCERPT_CHARS) {  // far more than is shown
      html = html.slice(0, 4 * EXCERPT_CHARS)
      if (html.lastIndexOf("<") > html.lastIndexOf(">")) html = html.slice(0, html.lastIndexOf("<"))
      html += " …"
    }
    var text = html.replace(BLOCK_TAGS, " ").replace(OTHER_TAGS, "").replace(SPACES, " ").trim()
    if (!text) return ""
    var cut = text.length <= EXCERPT_CHARS ? text.length : text.lastIndexOf(" ", EXCERPT_CHARS)
    if (cut <= 0) cut = Math.min(text.length, EXCERPT_CHARS)
    if (text.lastIndexOf("<", cut) > text.lastIndexOf(">", cut)) cut = text.lastIndexOf("<", cut)
    var shown = text.slice(0, cut)
    var open = shown.lastIndexOf("<mark") > shown.lastIndexOf("</mark>")
    return "<p>" + shown + (open ? "</mark>" : "") + (cut < text.length ? " …" : "") + "</p>"
  }

  /* The excerpt shown under a result's title (see the top of this file); "" for an empty text. */
  function excerpt(html) {
    var list = words(html)
    if (!list.length) return ""
    var first = Math.max(0, list.findIndex(function (word) { return word.marked }))
    var start = first, lead = 0
    while (start > 0 && !list[start].block && lead + list[start - 1].length <= LEAD_CHARS)
      lead += list[--start].length
    while (start > 0 && !list[start].spaced) start--  // not from inside a word
    var end = start, shown = 0
    while (end < list.length && (end === start || shown + list[end].length <= EXCERPT_CHARS || !list[end].spaced))
      shown += list[end++].length
    var pieces = [], open = false
    for (var j = start; j < end; j++) {
      var word = list[j]
      if (open && (!word.marked || word.spaced)) { pieces.push("</mark>"); open = false }
      if (j > start && word.spaced) pieces.push(" ")
      if (word.marked && !open) { pieces.push("<mark>"); open = true }
      pieces.push(word.html)
    }
    if (open) pieces.push("</mark>")
    return "<p>" + (list[start].block ? "" : "… ") + pieces.join("") + (end < list.length ? " …" : "") + "</p>"
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
    NOT_IN_RESULT.forEach(function (field) { delete item[field] })
    var context = raw.context ? " · " + raw.context : ""
    if (!mark) {
      item.title += context
      item.text = headExcerpt(item.text || "")
      return item
    }
    var inRun = syllablesInRuns(facts.scans, query), found = {}, entry = candidate.entry
    item.title = wrap(raw.title || "", entry.title, marked(entry.title, facts.scans[0], query, inRun, facts.best, holds), found) + context
    item.text = excerpt(wrap(raw.text || "", entry.text, marked(entry.text, facts.scans[1], query, inRun, facts.best, holds), found))
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

  self.searchViPresent = { present: present, groups: groups, excerpt: excerpt, headExcerpt: headExcerpt }
})()
