/*
 * Vietnamese search, main thread. Loaded just before Material's bundle:
 * - Material's search worker is started through search-vi-worker.js, which
 *   folds diacritics in the query and highlights words matched after folding;
 * - a query typed in decomposed Unicode (NFD) is turned into NFC before
 *   Material reads it on keyup;
 * - the query each result list answers is kept in the result element's
 *   data-search-query attribute.
 */
(function () {
  "use strict"

  var MATERIAL_WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js$/
  var wrapperUrl = new URL("search-vi-worker.js", document.currentScript.src)
  var NativeWorker = window.Worker

  function routedWorker(url, options) {
    var target = new URL(url, document.baseURI)
    if (!MATERIAL_WORKER.test(target.pathname))
      return new NativeWorker(url, options)
    var routed = new URL(wrapperUrl)
    routed.searchParams.set("material", target.href)
    var worker = new NativeWorker(routed.href, options)
    worker.addEventListener("message", reportQuery)
    return worker
  }

  /* Shows which query the results are for (Material reads the input on keyup only). */
  function reportQuery(event) {
    var result = document.querySelector("[data-md-component=search-result]")
    if (result && event.data && typeof event.data.query === "string")
      result.setAttribute("data-search-query", event.data.query)
  }
  routedWorker.prototype = NativeWorker.prototype
  window.Worker = routedWorker

  function normaliseQuery(event) {
    var input = event.target
    if (!(input instanceof HTMLInputElement) || input.dataset.mdComponent !== "search-query")
      return
    var composed = input.value.normalize("NFC")
    if (composed === input.value)
      return
    var caretAtEnd = input.selectionEnd === input.value.length
    input.value = composed
    if (caretAtEnd)
      input.setSelectionRange(composed.length, composed.length)
  }

  // Capture phase: runs before Material's own keyup listener on the input.
  document.addEventListener("keyup", normaliseQuery, true)
  document.addEventListener("input", normaliseQuery, true)
})()
