/*
 * Vietnamese ranking of Material's search results; search-vi-worker.js loads
 * it into the search worker. Lunr finds the candidates (every entry holding a
 * word of the query); this orders them as a reader means the query.
 *
 * Vietnamese words are mostly two syllables written apart, and readers often
 * type without diacritics, so one folded syllable ("tinh") matches many words
 * (tỉnh, tính, tình, tinh). A candidate is judged on, in this order:
 *  1. coverage: the query's syllables it holds, folded, as whole words (the
 *     last syllable may be the start of a word: the reader is still typing);
 *  2. run: the longest run of the query's syllables standing next to each
 *     other, in order ("tinh giản biên chế", not "tỉnh … biện pháp chế tài"),
 *     one longer in a title or another name; "số" may stand inside a run
 *     before a number ("quyết định số 3090" is "quyết định 3090");
 *  3. precision: syllables spelled with the diacritics typed, then whole
 *     words before word starts;
 *  4. where that run stands: a page's title, a section's title (activity
 *     card, plan item, unit page), a section's text, a page's introduction,
 *     the text of a section that repeats another page's (index field
 *     `quoted`: a unit page's list of activities, the deadlines page) — so an
 *     introduction never outranks a section holding the same run, nor a
 *     quote its original;
 *  5. how many of the query's syllables the title (or another name) holds,
 *     how many of its pairs stand together anywhere, how much of the title
 *     the run covers, how short the text is;
 *  6. lunr's own score.
 * Entries of secondary pages (front matter `search: boost` below 1: the
 * editor's pages) come after the plan's content, unless one of them holds
 * more of the query (coverage, then run) than any content entry, or is a
 * page whose title holds the whole query (the reader named it).
 */
(function () {
  "use strict"

  var WHOLE_EXACT = 3, WHOLE_FOLDED = 2, PREFIX = 1
  var DOCUMENT_NUMBER = /\d\/|\/\d/  // "76/nq-cp": typed in lowercase, read as capitals like the index
  var NUMBER_WORD = /[^\s<>]*(?:\d\/|\/\d)[^\s<>]*/g  // the same words in an entry's text
  var CODE_BREAK = /[\/-]/g
  var SYNTAX = /^[+-]+|[~^]\d*$|[":*]/g
  var foldCache = new Map()

  function fold(text) {
    var folded = foldCache.get(text)
    if (folded === undefined) {
      folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC")
      if (foldCache.size > 50000) foldCache.clear()
      foldCache.set(text, folded)
    }
    return folded
  }

  function globalSeparator() {
    var separator = self.lunr.tokenizer.separator  // Material sets it from mkdocs.yml
    return new RegExp(separator.source, "g" + separator.flags.replace("g", ""))
  }

  /* "61/2018/NĐ-CP" -> the parts after each "/" or "-": "2018/NĐ-CP", "NĐ-CP", "CP". */
  function codeParts(word) {
    var parts = [], match
    CODE_BREAK.lastIndex = 0
    while ((match = CODE_BREAK.exec(word)) !== null)
      if (match.index + 1 < word.length) parts.push(word.slice(match.index + 1))
    return parts
  }

  function token(word, start, end) {
    var lower = word.toLowerCase()
    var entry = { lower: lower, folded: fold(lower), start: start, end: end, parts: null, skip: false }
    if (/[\/-]/.test(word))
      entry.parts = codeParts(lower).map(function (part) { return { lower: part, folded: fold(part) } })
    return entry
  }

  /* Words of an index field (an HTML fragment) with their offsets, split as lunr splits them,
     but document numbers read in capitals as the query's are ("741/TTr-SNV" stays whole). */
  function tokenize(html) {
    var tokens = [], separator = globalSeparator(), tag = /<[^>]*>/g, cursor = 0, match
    function text(from, to) {
      var part = html.slice(from, to).replace(NUMBER_WORD, upper), last = 0, found
      separator.lastIndex = 0
      while ((found = separator.exec(part)) !== null) {
        if (found.index > last) tokens.push(token(part.slice(last, found.index), from + last, from + found.index))
        last = found.index + found[0].length
        if (found[0].length === 0) separator.lastIndex++
      }
      if (last < part.length) tokens.push(token(part.slice(last), from + last, to))
    }
    while ((match = tag.exec(html)) !== null) {
      text(cursor, match.index)
      cursor = match.index + match[0].length
    }
    text(cursor, html.length)
    for (var j = 0; j + 1 < tokens.length; j++)
      tokens[j].skip = tokens[j].folded === "so" && /\d/.test(tokens[j + 1].lower)
    return tokens
  }

  function upper(word) {
    var capitals = word.toUpperCase()
    return capitals.length === word.length ? capitals : word  // offsets must stay those of the entry's text
  }

  /* What the ranking needs of an index entry: its fields' words, and what kind of entry it is. */
  function profile(doc) {
    return {
      title: tokenize(doc.title || ""),
      aliases: (doc.aliases || []).map(tokenize),
      text: tokenize(doc.text || ""),
      page: doc.location.indexOf("#") === -1,
      quoted: doc.quoted === true,
      secondary: typeof doc.boost === "number" && doc.boost < 1,
    }
  }

  /* The reader's syllables: NFC, lowercase, split like the index; document numbers kept whole. */
  function parseQuery(query) {
    var separator = globalSeparator(), syllables = []
    query.normalize("NFC").split(/\s+/).forEach(function (word) {
      if (/^-/.test(word)) return  // a word the reader excludes
      word = word.replace(SYNTAX, "")
      if (DOCUMENT_NUMBER.test(word)) word = word.toUpperCase()
      word.split(separator).forEach(function (part) {
        if (!part) return
        var lower = part.toLowerCase(), folded = fold(lower)
        syllables.push({ lower: lower, folded: folded, toned: folded !== lower, last: false, first: folded.charCodeAt(0) })
      })
    })
    if (syllables.length) syllables[syllables.length - 1].last = true
    return syllables
  }

  function formLevel(syllable, form) {
    if (form.lower === syllable.lower) return WHOLE_EXACT
    if (form.folded === syllable.folded) return syllable.toned ? WHOLE_FOLDED : WHOLE_EXACT
    return 0
  }

  /* How well a word of the entry matches a syllable of the query (0: not at all). */
  function level(syllable, word) {
    var best = formLevel(syllable, word)
    if (best === WHOLE_EXACT) return best
    var parts = word.parts || []
    for (var i = 0; i < parts.length && best < WHOLE_EXACT; i++)
      best = Math.max(best, formLevel(syllable, parts[i]))
    if (best) return best
    if (word.folded.lastIndexOf(syllable.folded, 0) === 0) {
      var next = word.folded.charAt(syllable.folded.length)
      if (next === "/" || next === "-")  // "61/2018" in "61/2018/NĐ-CP": a whole part of the number
        return syllable.toned && word.lower.lastIndexOf(syllable.lower, 0) !== 0 ? WHOLE_FOLDED : WHOLE_EXACT
      return PREFIX
    }
    for (var j = 0; j < parts.length; j++)
      if (parts[j].folded.lastIndexOf(syllable.folded, 0) === 0) return PREFIX
    return 0
  }

  function usable(syllable, found) {
    return found >= WHOLE_FOLDED || (found === PREFIX && syllable.last)
  }

  /* levels[j * n + i]: how token j of a field matches syllable i of n; runs[j * n + i]: length of
     the run of the query's syllables, in order, that ends there (0 where the token does not match).
     `skipping`: a "số" before a number may stand inside a run. */
  function scan(tokens, query) {
    var n = query.length, levels = new Uint8Array(tokens.length * n), runs = new Uint8Array(tokens.length * n)
    var skipping = !query.some(function (q) { return q.folded === "so" })
    for (var j = 0; j < tokens.length; j++) {
      var word = tokens[j], first = word.folded.charCodeAt(0)
      var before = skipping && j > 0 && tokens[j - 1].skip ? j - 2 : j - 1
      for (var i = 0; i < n; i++) {
        var syllable = query[i]
        if (word.parts === null && syllable.first !== first) continue
        var found = level(syllable, word)
        if (!found) continue
        levels[j * n + i] = found
        if (usable(syllable, found)) {
          var previous = i > 0 && before >= 0 ? runs[before * n + i - 1] : 0
          runs[j * n + i] = Math.min(255, previous + 1)
        }
      }
    }
    return { levels: levels, runs: runs, n: n, length: tokens.length }
  }

  function precisionOf(found) {
    return found === WHOLE_EXACT ? 2 : found === WHOLE_FOLDED ? 1 : 0
  }

  /* The facts about one field that the key is made of; its scan is kept for the highlights. */
  function fieldFacts(tokens, query, facts) {
    var scanned = scan(tokens, query), longest = 0, n = scanned.n
    for (var k = 0; k < scanned.levels.length; k++) {
      var found = scanned.levels[k]
      if (!found) continue
      var i = k % n, run = scanned.runs[k]
      if (found > facts.best[i]) facts.best[i] = found
      if (run > longest) longest = run
      if (run > 1) facts.pairs[i - 1] = 1
    }
    facts.scans.push(scanned)
    return longest
  }

  /* How many of the query's syllables a scanned field holds (usable matches only). */
  function heldCount(scanned, query) {
    var n = scanned.n, count = 0
    for (var i = 0; i < n; i++)
      for (var j = 0; j < scanned.length; j++)
        if (usable(query[i], scanned.levels[j * n + i])) { count++; break }
    return count
  }

  function zeros(length) {
    var list = []
    for (var i = 0; i < length; i++) list.push(0)
    return list
  }

  /* The entry's key, compared element by element, larger first (see the list at the top), and
     the facts behind it: best level per syllable, and the scans of title, text, then aliases. */
  function judge(entry, query, lunrScore) {
    var facts = { best: zeros(query.length), pairs: zeros(Math.max(0, query.length - 1)), scans: [] }
    var titleRun = fieldFacts(entry.title, query, facts), titleLength = entry.title.length
    var textRun = fieldFacts(entry.text, query, facts)
    var titleHeld = heldCount(facts.scans[0], query)
    entry.aliases.forEach(function (alias) {
      var run = fieldFacts(alias, query, facts)
      titleHeld = Math.max(titleHeld, heldCount(facts.scans[facts.scans.length - 1], query))
      if (run > titleRun || (run === titleRun && alias.length < titleLength)) {
        titleRun = run
        titleLength = alias.length
      }
    })
    var coverage = 0, precision = 0, pairs = 0
    query.forEach(function (syllable, i) {
      var found = facts.best[i]
      coverage += usable(syllable, found) ? 1 : found === PREFIX ? 0.5 : 0
      precision += precisionOf(found)
    })
    facts.pairs.forEach(function (found) { pairs += found })
    var inTitle = titleRun && titleRun + 1 >= textRun
    var run = inTitle ? titleRun + 1 : textRun
    var where = inTitle ? (entry.page ? 5 : 4) : !textRun ? 0 : entry.quoted ? 1 : entry.page ? 2 : 3
    var tightness = inTitle ? titleRun / Math.max(1, titleLength) : 0
    facts.titleRun = titleRun
    facts.key = [coverage, run, precision, where, titleHeld, pairs, tightness, -entry.text.length, lunrScore]
    return facts
  }

  function compareKeys(a, b) {
    for (var i = 0; i < a.length; i++)
      if (a[i] !== b[i]) return b[i] - a[i]
    return 0
  }

  /* Candidates ({doc, entry, score}) in the order to show them, each given its `facts`;
     those holding no syllable are dropped. */
  function rank(candidates, query) {
    var judged = candidates.map(function (candidate) {
      candidate.facts = judge(candidate.entry, query, candidate.score)
      return candidate
    }).filter(function (candidate) { return candidate.facts.key[0] > 0 })
    var contentBest = [0, 0]
    judged.forEach(function (candidate) {
      var head = candidate.facts.key.slice(0, 2)
      if (!candidate.entry.secondary && compareKeys(head, contentBest) < 0) contentBest = head
    })
    judged.forEach(function (candidate) {
      var facts = candidate.facts
      var ahead = compareKeys(facts.key.slice(0, 2), contentBest) < 0
      var named = candidate.entry.page && facts.titleRun === query.length
      facts.key.unshift(candidate.entry.secondary && !ahead && !named ? 0 : 1)
    })
    return judged.sort(function (a, b) { return compareKeys(a.facts.key, b.facts.key) })
  }

  self.searchViRank = {
    fold: fold, tokenize: tokenize, profile: profile, parseQuery: parseQuery,
    level: level, usable: usable, scan: scan, rank: rank, WHOLE_EXACT: WHOLE_EXACT, PREFIX: PREFIX,
  }
})()
