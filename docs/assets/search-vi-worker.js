/*
 * Vietnamese search, worker side. search-vi.js starts this script instead of
 * Material's search worker (whose URL is the "material" parameter); it runs
 * Material's worker unchanged and only rewrites the messages around it:
 *
 * - setup: keeps the index entries, to rank results from their own words;
 * - query: NFC; each word with diacritics is searched as typed with a boost
 *   and, folded to ASCII, in the hidden fields plan/site/search_index.py adds,
 *   so lunr finds every candidate (Material matches every word as a prefix);
 * - results: ordered by search-vi-rank.js (phrases, tones, sections before
 *   introductions, the plan's content before the editor's pages) and handed
 *   back by search-vi-present.js (highlights on the words meant, the reader's
 *   own words under "Không: …", groups that open on the best section).
 */
(function () {
  "use strict"

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
  var EXACT_BOOST = 10       // spelled as typed, diacritics included
  var WHOLE_WORD_BOOST = 4   // the whole word, not only a word that starts with it ("so", not "soát")
  var QUERY_SYNTAX = /^[+-]|[":^~*]/
  var DOCUMENT_NUMBER = /\d\/|\/\d/  // "76/nq-cp", "61/2018/nđ-cp"
  var MARKED = 40  // results highlighted anew; Material shows 10 at first, more as the reader scrolls
  var MAX_PROFILES = 5000, PROFILES_PER_TASK = 25  // entries' words kept (a 10× plan has ~2,600 entries)

  var materialUrl = new URL(new URL(self.location.href).searchParams.get("material"), self.location.href)
  if (materialUrl.origin !== self.location.origin || !/\/search\.[0-9a-f]+\.min\.js$/.test(materialUrl.pathname))
    throw new Error("search-vi-worker: not Material's search worker: " + materialUrl)

  var nativeImportScripts = self.importScripts.bind(self)
  var nativePostMessage = self.postMessage.bind(self)
  var nativeAddEventListener = self.addEventListener.bind(self)
  var currentQuery = ""
  var entries = new Map()   // location -> index entry, as search_index.json holds it
  var profiles = new Map()  // location -> its words, made on first use

  nativeImportScripts(new URL("search-vi-rank.js", self.location.href).href,
                      new URL("search-vi-present.js", self.location.href).href)
  var rank = self.searchViRank, present = self.searchViPresent

  /* The last word, as a prefix too (the reader may be typing it): "so" -> "so^4 so" (Material adds
     "*" to the second); "Sở" -> "Sở^40 Sở*^10 So^4 So". Other words whole only: "Sở" -> "Sở^40 So^4". */
  function expandForms(word, last) {
    var ascii = rank.fold(word)
    var folded = ascii + "^" + WHOLE_WORD_BOOST + (last ? " " + ascii : "")
    if (ascii === word)
      return folded
    return word + "^" + WHOLE_WORD_BOOST * EXACT_BOOST + (last ? " " + word + "*^" + EXACT_BOOST : "") + " " + folded
  }

  function expandWord(word, last) {
    if (QUERY_SYNTAX.test(word))
      return word
    if (DOCUMENT_NUMBER.test(word))  // the separator keeps "-" whole only between capitals,
      return expandForms(word.toUpperCase(), true) + " " + rank.fold(word)  // but the index splits "741/TTr-SNV"
    return expandForms(word, last)
  }

  function expandQuery(query) {
    if (query.indexOf('"') !== -1)  // a phrase: leave Material's syntax alone
      return query
    var words = query.split(/\s+/).filter(Boolean)
    return words.map(function (word, position) { return expandWord(word, position === words.length - 1) }).join(" ")
  }

  /* Index entries' words, made in the background once Material's index is ready (a few entries
     per task, so queries are answered between them), and kept for at most MAX_PROFILES entries. */
  function profileInBackground(locations) {
    var batch = locations.splice(0, PROFILES_PER_TASK)
    batch.forEach(profileOf)
    if (locations.length && profiles.size < MAX_PROFILES)
      setTimeout(profileInBackground, 0, locations)
  }

  function profileOf(location) {
    var entry = profiles.get(location)
    if (entry === undefined) {
      entry = rank.profile(entries.get(location))
      if (profiles.size >= MAX_PROFILES) profiles.clear()
      profiles.set(location, entry)
    }
    return entry
  }

  /* Material's result with its items ranked, presented and grouped anew. */
  function rerank(result, query) {
    var syllables = rank.parseQuery(query)
    var found = new Map(), headers = new Map()
    result.items.forEach(function (group) {
      group.forEach(function (doc) {
        if (!entries.has(doc.location)) return
        if (doc.score > 0) found.set(doc.location, doc)
        else headers.set(doc.location, doc)  // a page Material adds above its sections, unscored
      })
    })
    if (!syllables.length) return result
    var candidates = Array.from(found.values()).map(function (doc) {
      return { doc: doc, entry: profileOf(doc.location), score: doc.score }
    })
    var ranked = rank.rank(candidates, syllables).map(function (candidate, position) {
      return present.present(candidate, entries.get(candidate.doc.location), syllables, position < MARKED)
    })
    result.items = present.groups(ranked, function (page) {
      var header = headers.get(page) || entries.get(page)
      return header && { location: header.location, title: header.title, text: "", score: 0, terms: {} }
    })
    return result
  }

  self.addEventListener = function (type, listener, options) {
    if (type !== "message")
      return nativeAddEventListener(type, listener, options)
    return nativeAddEventListener(type, function (event) {
      var message = event.data
      if (message && message.type === SETUP) {
        entries = new Map(message.data.docs.map(function (doc) { return [doc.location, doc] }))
        profiles = new Map()
      }
      if (message && message.type === QUERY) {
        currentQuery = String(message.data).normalize("NFC")
        message = { type: QUERY, data: expandQuery(currentQuery) }
      }
      return listener({ data: message })
    }, options)
  }

  self.postMessage = function (message) {
    if (message.type === READY) {
      // Material splits query words with the index separator; lunr must then
      // only split on spaces, or "NĐ-CP" breaks at the hyphen.
      self.lunr.QueryLexer.termSeparator = /\s+/
      setTimeout(profileInBackground, 0, Array.from(entries.keys()))
    }
    if (message.type === RESULT) {
      message.data = rerank(message.data, currentQuery)
      message.query = currentQuery
    }
    return nativePostMessage(message)
  }

  self.importScripts = function () {
    var urls = Array.prototype.map.call(arguments, function (url) {
      return new URL(url, materialUrl).href
    })
    return nativeImportScripts.apply(null, urls)
  }

  nativeImportScripts(materialUrl.href)
})()
