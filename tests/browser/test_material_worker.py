"""Material's search worker speaks the protocol docs/assets/search-vi-worker.js relies on.

search-vi-worker.js numbers the messages READY = 1, QUERY = 2, RESULT = 3
(Material's SearchMessageType, a const enum that minification turns into
numbers). This starts Material's own worker with the built site's index and
checks those numbers and the result's shape.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PROTOCOL = """async () => {
  const script = [...document.querySelectorAll("script[data-start-on-use]")].find(s => /bundle\\./.test(s.dataset.src))
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)
  const workerUrl = new URL(config.search, base)
  const index = await (await fetch(new URL("search/search_index.json", base))).json()
  const worker = new Worker(workerUrl)
  const next = () => new Promise(resolve => worker.addEventListener("message", e => resolve(e.data), { once: true }))
  worker.postMessage({ type: 0, data: { ...index, options: { suggest: true } } })  // as Material's main thread sends it
  const ready = await next()
  worker.postMessage({ type: 2, data: "kinh phí" })
  const result = await next()
  worker.terminate()
  return { bundle: Boolean(script), ready: ready.type, result: result.type, items: result.data.items.length,
           first: result.data.items[0] && Object.keys(result.data.items[0][0]).sort() }
}"""


def test_setup_ready_query_result(page, site_url):
    page.goto(site_url)
    answer = page.evaluate(PROTOCOL)
    assert answer["bundle"] and answer["ready"] == 1 and answer["result"] == 3, answer
    assert answer["items"] > 0 and {"location", "title", "text", "score"} <= set(answer["first"]), answer
