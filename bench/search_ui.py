"""Material's search box driven in Chromium, for the search benchmark: what a reader sees, and when.

Works on this site and on a plain Material site alike: an init script wraps the
Worker constructor (before Material's bundle and search-vi.js run) and notes,
for each result message, the query it answers (the worker answers queries in
order). A result list counts as shown at the first animation frame after
Material has put the list for the final query in the page.

A slower CPU: Chromium's CPU throttling (DevTools protocol) slows the page's
main thread only (for a worker it answers "Operation is only supported for
pages, not workers"), so the search worker is then started through
`bench-slow-worker.js`, written beside the worker's script in the benchmark's
copy of a site: it times each message the worker handles and, before the
answer leaves, waits (busy) that time again rate - 1 times.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeout

SEARCH_BOX = "[data-md-component=search-query]"
SLOW_WORKER = "bench-slow-worker.js"
SLOW_WORKER_SOURCE = """/* The search benchmark's slower CPU for a worker (bench/search_ui.py). */
(function () {
  var params = new URL(self.location.href).searchParams
  var rate = Number(params.get("bench-rate")), started = 0
  var post = self.postMessage.bind(self), listen = self.addEventListener.bind(self)
  self.postMessage = function (message) {
    var until = performance.now() + (performance.now() - started) * (rate - 1)
    while (performance.now() < until) {}
    return post(message)
  }
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen(type, listener, options)
    return listen(type, function (event) { started = performance.now(); return listener(event) }, options)
  }
  importScripts(new URL(params.get("bench-target"), self.location.href).href)
})()
"""

INSTRUMENT = """rate => {
  const Native = window.Worker
  function slowed(url) {
    const target = new URL(url, document.baseURI)
    const slow = new URL("%s", target)
    target.searchParams.forEach((value, key) => slow.searchParams.set(key, value))
    slow.searchParams.set("bench-target", target.pathname.split("/").pop())
    slow.searchParams.set("bench-rate", rate)
    return slow.href
  }
  function Instrumented(url, options) {
    const worker = new Native(rate > 1 ? slowed(url) : url, options)
    const pending = []
    const post = worker.postMessage.bind(worker)
    worker.postMessage = (message, ...rest) => {
      if (message && message.type === 2) pending.push(message.data)
      return post(message, ...rest)
    }
    worker.addEventListener("message", event => {
      if (event.data && event.data.type === 3) document.documentElement.dataset.benchQuery = pending.shift()
    })
    return worker
  }
  Instrumented.prototype = Native.prototype
  window.Worker = Instrumented
}""" % SLOW_WORKER

# From the next keyup (the query's last letter, or End when typing that letter fires no keyup)
# to the first animation frame after the list for the whole query is in the page.
START_TIMER = """query => {
  window.benchMs = null
  const list = document.querySelector('.md-search-result__list')
  const meta = document.querySelector('.md-search-result__meta')
  let start = null
  const answered = () => document.documentElement.dataset.benchQuery === query
  document.addEventListener('keyup', () => { start = performance.now() }, { capture: true, once: true })
  const observer = new MutationObserver(() => {
    if (start !== null && answered() && (list.children.length || !/\\d/.test(meta.textContent))) {
      observer.disconnect()
      requestAnimationFrame(() => { window.benchMs = performance.now() - start })
    }
  })
  observer.observe(list, { childList: true })
  observer.observe(meta, { childList: true, characterData: true, subtree: true })
}"""

# Links in the order a reader meets them: group by group, each group's links best score first
# (Enter opens the first), leaving out the page titles Material adds above sections (score 0).
READ_RANKED = """() => {
  const ranked = []
  for (const item of document.querySelectorAll('.md-search-result__item')) {
    const links = [...item.querySelectorAll('a.md-search-result__link')].map((link, order) => ({
      href: link.href, order, score: parseFloat(link.querySelector('article').dataset.mdScore)}))
    links.sort((a, b) => b.score - a.score || a.order - b.order)
    for (const link of links) if (link.score > 0) ranked.push(link.href)
  }
  return ranked
}"""


@dataclass
class Answer:
    locations: list[str]  # site-relative, as in search_index.json: "phu-luc/#hd-3-28"
    ms: float | None      # keystroke to results shown


def install_slow_worker(site_dir: Path) -> None:
    """Write bench-slow-worker.js beside every worker script of a site (a benchmark's copy)."""
    for folder in {path.parent for path in site_dir.glob("assets/**/*.js") if "worker" in path.as_posix()}:
        (folder / SLOW_WORKER).write_text(SLOW_WORKER_SOURCE, encoding="utf-8")


def location(href: str, base_url: str) -> str:
    parts = urlsplit(href)
    path = unquote(parts.path[len(urlsplit(base_url).path):])
    return path + ("#" + unquote(parts.fragment) if parts.fragment else "")


def open_search(page, base_url: str, cpu_rate: int = 1) -> None:
    """Open the site with the search box focused; with `cpu_rate` > 1, page and worker slowed so."""
    page.add_init_script(f"({INSTRUMENT})({cpu_rate})")
    if cpu_rate > 1:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": cpu_rate})
    page.goto(base_url)
    page.locator(SEARCH_BOX).click()


def _wait_until_answered(page, query: str) -> None:
    try:
        page.wait_for_function("q => document.documentElement.dataset.benchQuery === q", arg=query, timeout=20_000)
    except PlaywrightTimeout:  # Material posts no query when the field's value did not change
        pass


def ask(page, base_url: str, query: str, timeout_ms: int = 60_000) -> Answer:
    """Type `query` as a reader does (its last letter timed); the ranked locations shown for it."""
    box = page.locator(SEARCH_BOX)
    box.press("Control+A")
    box.press("Delete")
    box.type(query[:-1])
    _wait_until_answered(page, query[:-1])  # the worker answers in order: let it finish the earlier letters
    page.evaluate(START_TIMER, query)
    box.type(query[-1])
    box.press("End")
    ms = page.wait_for_function("() => window.benchMs", timeout=timeout_ms).json_value()
    return Answer([location(href, base_url) for href in page.evaluate(READ_RANKED)], ms)
