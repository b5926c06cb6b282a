"""What editors may type: content renders literally; mistakes stop the build cleanly."""

from __future__ import annotations

import pytest

from plan.loader import DEFAULT_PATH, parse_plan
from tests.conftest import build_site, html_of

REAL = DEFAULT_PATH.read_text(encoding="utf-8")

HOSTILE_TEXT = ('<script>window.__pwned=2</script> <img src=x onerror="window.__pwned=1"> '
                "a | b *đậm* _nghiêng_ {{ config.site_name }} {% if true %}X{% endif %} [liên kết](http://evil.invalid)")
HOSTILE_PRODUCT = "> trích dẫn\n# tiêu đề\n| a | b |\n* mục\n1. Đánh số"
HOSTILE_UNIT = "Bưu điện <b>{{ 7*7 }}</b> *đậm* | #1"
LONG_TEXT = "Rất dài " * 600 + "x" * 400


def hostile_dataset() -> str:
    text = REAL.replace("    text: Phát hành văn bản đôn đốc\n", "    text: " + repr_yaml(HOSTILE_TEXT) + "\n", 1)
    text = text.replace("    product: Quyết định\n", "    product: " + repr_yaml(HOSTILE_PRODUCT) + "\n", 1)
    text = text.replace("  name: Bưu điện\n", "  name: " + repr_yaml(HOSTILE_UNIT) + "\n", 1)
    text = text.replace("    text: Tổng hợp kết quả thực hiện của các cơ quan, đơn vị, chủ đầu tư\n",
                        "    text: " + repr_yaml(LONG_TEXT) + "\n", 1)
    assert text.count("window.__pwned") == 2 and HOSTILE_UNIT[:12] in text and LONG_TEXT[:20] in text
    return text


def repr_yaml(value: str) -> str:
    """A double-quoted YAML scalar, the way an editor would quote text with special characters."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("hostile")
    data = workdir / "plan.yaml"
    data.write_text(hostile_dataset(), encoding="utf-8")
    result = build_site(workdir, data_file=data)
    assert result.returncode == 0, result.stderr[-3000:]
    return workdir / "site"


def test_html_and_template_syntax_show_as_text(hostile_site):
    soup = html_of(hostile_site, "phu-luc/")
    heading = soup.find(id="hd-3-53")
    assert HOSTILE_TEXT in " ".join(heading.get_text(" ").split())
    raw = (hostile_site / "phu-luc" / "index.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in raw and "<img src=x" not in raw
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;" in raw
    assert 'href="http://evil.invalid"' not in raw


def test_markdown_control_characters_at_line_start_show_as_text(hostile_site):
    card = html_of(hostile_site, "phu-luc/").find(id="hd-3-38").find_parent("article")
    product = card.find("dt", string="Sản phẩm").find_next_sibling("dd")
    assert product.get_text("\n").split("\n") == HOSTILE_PRODUCT.split("\n")
    assert not product.find(["blockquote", "h1", "table", "ul", "ol"])


def test_unit_name_is_literal_in_its_page_title_and_links(hostile_site):
    soup = html_of(hostile_site, "don-vi/buu-dien/")
    assert soup.find("h1").get_text().rstrip("¶") == HOSTILE_UNIT
    assert "49" not in soup.find("h1").get_text() and not soup.find("h1").find("b")
    index = html_of(hostile_site, "don-vi/")
    assert index.find("a", href="buu-dien/").get_text() == HOSTILE_UNIT


def test_very_long_text_is_kept_whole(hostile_site):
    heading = html_of(hostile_site, "phu-luc/").find(id="hd-3-52")
    assert " ".join(LONG_TEXT.split()) in " ".join(heading.get_text(" ").split())


@pytest.mark.browser
def test_nothing_from_the_data_runs_in_the_browser(hostile_site, browser):
    import functools
    import http.server
    import threading

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


def test_windows_line_endings_read_the_same(tmp_path):
    assert parse_plan(REAL.replace("\n", "\r\n"), "plan.yaml") == parse_plan(REAL, "plan.yaml")


@pytest.mark.parametrize("old, new, code", [
    ("  - id: '3.30'\n", "\t- id: '3.30'\n", "[yaml-tab]"),
    ("  - id: '1.10'\n", "  - id: 1.10\n", "[unquoted-number]"),
])
def test_a_mistake_stops_the_build_cleanly(tmp_path, old, new, code):
    data = tmp_path / "plan.yaml"
    data.write_text(REAL.replace(old, new, 1), encoding="utf-8")
    workdir = tmp_path / "build"
    workdir.mkdir()
    (workdir / "site").mkdir()
    (workdir / "site" / "index.html").write_text("an earlier build", encoding="utf-8")
    result = build_site(workdir, data_file=data)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and code in output and "fix:" in output
    assert "Traceback" not in output
    assert not (workdir / "site" / "index.html").exists(), "a stale site must not be left as if it were good"
