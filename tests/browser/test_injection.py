"""Nothing an editor types into the data runs in a reader's browser."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.test_editor_robustness import build_hostile_site


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    return build_hostile_site(tmp_path_factory)


@pytest.mark.browser
def test_nothing_from_the_data_runs_in_the_browser(hostile_site, browser):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(hostile_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        for path in ("phu-luc/#hd-3-53", "don-vi/buu-dien/", "don-vi/so-tai-chinh/"):
            page.goto(base + path)
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__pwned") == "undefined", path
        page.goto(base + "phu-luc/")
        shown = page.locator("#hd-3-53").inner_text()
        assert "<script>window.__pwned=2</script>" in shown and shown.count("{{ config.site_name }}") == 1
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, "a very long word must wrap, not widen the page"
        assert not dialogs
    finally:
        context.close()
        server.shutdown()
        server.server_close()
