/*
 * The appendix's filter: by unit (named, or through a group that covers it),
 * role, deadline kind, section and level, combined. Each activity card carries
 * its facets as data attributes (plan/render/appendix_filter.py). The choice
 * lives in the page address (?don-vi=…&vai-tro=…&thoi-han=…&phan=…&cap=…), so
 * it can be shared, and each change is a history entry the back button undoes.
 * Material's instant navigation runs this script again on each visit to the
 * page; the window listeners are added once and act on the page shown.
 */
(function () {
  "use strict"

  var FIELDS = ["don-vi", "vai-tro", "thoi-han", "phan", "cap"]
  var ROLES = ["chu-tri", "phoi-hop"]
  var OUT = "is-filtered-out"

  function words(value) {
    return value ? value.split(" ") : []
  }

  function chosen(form) {
    var state = {}
    FIELDS.forEach(function (name) { state[name] = form.elements[name].value })
    return state
  }

  function fromAddress(form) {
    var params = new URLSearchParams(location.search)
    FIELDS.forEach(function (name) {
      var select = form.elements[name]
      var value = params.get(name) || ""
      var offered = Array.prototype.some.call(select.options, function (option) { return option.value === value })
      select.value = offered ? value : ""
    })
  }

  function address(state) {
    var params = new URLSearchParams()
    FIELDS.forEach(function (name) { if (state[name]) params.set(name, state[name]) })
    var query = params.toString()
    return location.pathname + (query ? "?" + query : "") + location.hash
  }

  function matches(card, state) {
    if (state["don-vi"]) {
      var roles = state["vai-tro"] ? [state["vai-tro"]] : ROLES
      var has = roles.some(function (role) {
        return words(card.getAttribute("data-" + role)).indexOf(state["don-vi"]) >= 0
      })
      if (!has)
        return false
    }
    if (state["thoi-han"] && card.getAttribute("data-thoi-han") !== state["thoi-han"])
      return false
    if (state.phan && card.getAttribute("data-phan") !== state.phan)
      return false
    return !state.cap || words(card.getAttribute("data-cap")).indexOf(state.cap) >= 0
  }

  /* Headings and texts between a section (h2) or objective (h3) heading and the next one. */
  function groups(content) {
    var found = []
    var section = null
    var current = null
    Array.prototype.forEach.call(content.children, function (element) {
      if (element.tagName === "H2" && !element.closest("form")) {
        section = current = { elements: [element], cards: [], parts: [] }
        found.push(section)
      } else if (element.tagName === "H3" && section) {
        current = { elements: [element], cards: [], parts: [] }
        section.parts.push(current)
      } else if (current) {
        current.elements.push(element)
        var cards = element.matches("article.activity") ? [element] : element.querySelectorAll("article.activity")
        Array.prototype.push.apply(current.cards, cards)
      }
    })
    return found
  }

  function shown(group) {
    var own = group.cards.some(function (card) { return !card.classList.contains(OUT) })
    return own || group.parts.some(shown)
  }

  function showGroup(group) {
    group.parts.forEach(showGroup)
    var visible = shown(group)
    group.elements.forEach(function (element) {
      if (element.matches("section.task"))
        element.classList.toggle(OUT, !element.querySelector("article.activity:not(." + OUT + ")"))
      else if (!element.matches("article.activity"))
        element.classList.toggle(OUT, !visible)
    })
  }

  function apply(form) {
    var state = chosen(form)
    var cards = document.querySelectorAll("article.activity[data-thoi-han]")
    var count = 0
    Array.prototype.forEach.call(cards, function (card) {
      var keep = matches(card, state)
      card.classList.toggle(OUT, !keep)
      if (keep)
        count += 1
    })
    groups(form.parentElement).forEach(showGroup)
    var total = form.getAttribute("data-total")
    var any = FIELDS.some(function (name) { return state[name] })
    form.querySelector("#loc-ket-qua").textContent = !any
      ? "Đang hiện cả " + total + " hoạt động."
      : count
        ? "Có " + count + " trong " + total + " hoạt động phù hợp."
        : "Không có hoạt động nào phù hợp. Hãy bỏ bớt điều kiện lọc."
    form.querySelector("button[type=reset]").disabled = !any
  }

  function current() {
    return document.getElementById("loc")
  }

  function start(form) {
    form.hidden = false
    fromAddress(form)
    apply(form)
    form.addEventListener("change", function () {
      apply(form)
      history.pushState(null, "", address(chosen(form)))  /* state null: Material's instant navigation ignores it */
    })
    form.addEventListener("reset", function () {
      setTimeout(function () {
        apply(form)
        history.pushState(null, "", address(chosen(form)))
      })
    })
    form.addEventListener("submit", function (event) { event.preventDefault() })
  }

  if (!window.appendixFilterListening) {
    window.appendixFilterListening = true
    window.addEventListener("popstate", function () {
      var form = current()
      if (form) {
        fromAddress(form)
        apply(form)
      }
    })
  }
  var form = current()
  if (form && form.hidden)
    start(form)
})()
