/*
 * Vietnamese search, worker side. search-vi.js starts this script instead of
 * Material's search worker (whose URL is the "material" parameter); it runs
 * Material's worker unchanged and only rewrites the messages around it:
 *
 * - query: NFC; each word with diacritics is searched as typed with a boost
 *   and, folded to ASCII, in the hidden fields plan/site/search_index.py adds, so
 *   exact matches rank above folded ones; whole words rank above words that
 *   only start with what was typed (Material matches every word as a prefix);
 * - results: words matched only after folding are highlighted too, and the
 *   words found are passed on for highlighting on the target page.
 */
(function () {
  "use strict"

  var READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
  var EXACT_BOOST = 10       // spelled as typed, diacritics included
  var WHOLE_WORD_BOOST = 4   // the whole word, not only a word that starts with it ("so", not "soát")
  var QUERY_SYNTAX = /^[+-]|[":^~*]/
  var DOCUMENT_NUMBER = /\d\/|\/\d/  // "76/nq-cp", "61/2018/nđ-cp"

  var materialUrl = new URL(new URL(self.location.href).searchParams.get("material"), self.location.href)
  if (materialUrl.origin !== self.location.origin || !/\/search\.[0-9a-f]+\.min\.js$/.test(materialUrl.pathname))
    throw new Error("search-vi-worker: not Material's search worker: " + materialUrl)

  var nativeImportScripts = self.importScripts.bind(self)
  var nativePostMessage = self.postMessage.bind(self)
  var nativeAddEventListener = self.addEventListener.bind(self)
  var currentQuery = ""
  var foldCache = new Map()

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC")
  }

  /* "so" -> "so^4 so" (Material adds "*" to the second); "Sở" -> "Sở^40 Sở*^10 So^4 So". */
  function expandWord(word) {
    if (QUERY_SYNTAX.test(word))
      return word
    if (DOCUMENT_NUMBER.test(word))  // the separator keeps "-" whole only between capitals
      word = word.toUpperCase()
    var ascii = fold(word)
    var folded = ascii + "^" + WHOLE_WORD_BOOST + " " + ascii
    if (ascii === word)
      return folded
    return word + "^" + WHOLE_WORD_BOOST * EXACT_BOOST + " " + word + "*^" + EXACT_BOOST + " " + folded
  }

  function expandQuery(query) {
    if (query.indexOf('"') !== -1)  // a phrase: leave Material's syntax alone
      return query
    return query.split(/\s+/).filter(Boolean).map(expandWord).join(" ")
  }

  /* Folded, lowercased query terms, split like the index (needs lunr to be set up). */
  function foldedTerms(query) {
    var separator = self.lunr.tokenizer.separator
    var terms = []
    query.split(/\s+/).forEach(function (word) {
      if (/^-/.test(word)) return
      fold(word.replace(/^\+|[~^*]\d*$/g, "")).toLowerCase().split(separator).forEach(function (term) {
        if (term && terms.indexOf(term) === -1) terms.push(term)
      })
    })
    return terms
  }

  /* fold(text).toLowerCase(), cached: results show the same index text again and again. */
  function foldedLower(text) {
    var folded = foldCache.get(text)
    if (folded === undefined) {
      folded = fold(text).toLowerCase()
      foldCache.set(text, folded)
    }
    return folded
  }

  /* Matches, in folded lowercase text, a word (or a code part after "/" or "-") starting with a term. */
  function termPattern(terms) {
    var escaped = terms.map(function (term) { return term.replace(/[.*+?^${}()|[\]\\\/-]/g, "\\$&") })
    return new RegExp("(?<![0-9a-z&])(?:" + escaped.join("|") + ")[0-9a-z]*", "g")
  }

  /* Wraps words of an HTML fragment that match the pattern once folded and are not marked yet. */
  function markFolded(html, pattern, found) {
    var inMark = 0
    return html.split(/(<[^>]*>)/).map(function (part) {
      if (part.charAt(0) === "<") {
        if (/^<mark\b/i.test(part)) inMark++
        else if (/^<\/mark>/i.test(part)) inMark--
        return part
      }
      var folded = foldedLower(part)
      if (inMark > 0 || folded.length !== part.length)  // offsets in folded text must be offsets in part
        return part
      var pieces = [], cursor = 0, match
      pattern.lastIndex = 0
      while ((match = pattern.exec(folded)) !== null) {
        var end = match.index + match[0].length
        pieces.push(part.slice(cursor, match.index), "<mark>", part.slice(match.index, end), "</mark>")
        found[part.slice(match.index, end).toLowerCase()] = true
        cursor = end
      }
      pieces.push(part.slice(cursor))
      return pieces.join("")
    }).join("")
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
    return blocks.filter(function (block) { return block.indexOf("<mark>") !== -1 }).slice(0, 2).join(" ")
  }

  function highlightResult(result, query) {
    var terms = foldedTerms(query)
    if (!terms.length) return
    var pattern = termPattern(terms)
    result.items.forEach(function (group) {
      group.forEach(function (doc) {
        var found = {}
        doc.title = markFolded(doc.title, pattern, found)
        var untouched = doc.text.indexOf("<mark") === -1
        doc.text = markFolded(doc.text, pattern, found)
        if (untouched && doc.text.indexOf("<mark") !== -1)
          doc.text = markedBlocks(doc.text)
        Object.keys(found).forEach(function (word) {
          if (!(word in doc.terms)) doc.terms[word] = true
        })
      })
    })
  }

  self.addEventListener = function (type, listener, options) {
    if (type !== "message")
      return nativeAddEventListener(type, listener, options)
    return nativeAddEventListener(type, function (event) {
      var message = event.data
      if (message && message.type === QUERY) {
        currentQuery = String(message.data).normalize("NFC")
        message = { type: QUERY, data: expandQuery(currentQuery) }
      }
      return listener({ data: message })
    }, options)
  }

  self.postMessage = function (message) {
    if (message.type === READY)
      // Material splits query words with the index separator; lunr must then
      // only split on spaces, or "NĐ-CP" breaks at the hyphen.
      self.lunr.QueryLexer.termSeparator = /\s+/
    if (message.type === RESULT) {
      highlightResult(message.data, currentQuery)
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
