"""What editors may type: content renders literally; mistakes stop the build cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from devtools.project import DATA_FILE as DEFAULT_PATH
from plan.load.loader import parse_plan
from plan.model.errors import PlanInvalid
from devtools.site_build import build_site
from tests.support.html import html_of

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


def build_hostile_site(tmp_path_factory) -> Path:
    """Build the hostile dataset once per session; tests/browser/test_injection.py reuses it.

    The finished site's place on disk is the cache: pytest may import this module twice
    (as a test module and from the browser test), so a module-level cache would not be shared.
    """
    workdir = tmp_path_factory.getbasetemp() / "hostile"
    site = workdir / "site"
    if not (site / "index.html").exists():
        workdir.mkdir(exist_ok=True)
        data = workdir / "plan.yaml"
        data.write_text(hostile_dataset(), encoding="utf-8")
        result = build_site(workdir, data_file=data)
        assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    return build_hostile_site(tmp_path_factory)


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


def test_windows_line_endings_read_the_same(tmp_path):
    assert parse_plan(REAL.replace("\n", "\r\n"), "plan.yaml") == parse_plan(REAL, "plan.yaml")


@pytest.mark.parametrize("old, new, code", [
    ("  - id: '3.30'\n", "\t- id: '3.30'\n", "[yaml-tab]"),
    ("  - id: '1.10'\n", "  - id: 1.10\n", "[unquoted-number]"),
    ("      units: [so-noi-vu, truong-chinh-tri-tinh]", "      units: [so-noi-vuu, truong-chinh-tri-tinh]",
     "[unknown-unit]"),
], ids=["tab", "unquoted-id", "unknown-unit"])
def test_a_mistake_stops_the_build_cleanly(tmp_path, old, new, code):
    data = tmp_path / "plan.yaml"
    data.write_text(REAL.replace(old, new, 1), encoding="utf-8")
    workdir = tmp_path / "build"
    workdir.mkdir()
    (workdir / "site").mkdir()
    (workdir / "site" / "index.html").write_text("an earlier build", encoding="utf-8")
    result = build_site(workdir, data_file=data)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "fix:" in output
    assert re.search(r"plan\.yaml:\d+:\d+: " + re.escape(code), output), output[-2000:]
    assert "Traceback" not in output
    assert not (workdir / "site" / "index.html").exists(), "a stale site must not be left as if it were good"


# What an editor typed, where it lands relative to the first line of `old`, the code and a word of the fix.
MISTAKES = {
    "colon inside unquoted text": ("    text: Xây dựng kho quản lý dữ liệu", "    text: Ghi chú: Xây dựng kho quản lý dữ liệu",
                                   0, "yaml-syntax", "quotes"),
    "broken indentation": ("    objective: '1.5'\n    task: '2.10'\n", "    objective: '1.5'\n      task: '2.10'\n",
                           1, "yaml-syntax", "indentation"),
    "non-breaking space": ("      text: Văn phòng UBND tỉnh\n", "      text: Văn phòng\u00a0UBND tỉnh\n",
                           0, "invisible-character", "ordinary space"),
    "date as dd/mm/yyyy": ("  last_updated: 2026-11-28", "  last_updated: 28/11/2026", 0, "not-a-date", "2026-11-28"),
    "number written as text": ("    amount_million_vnd: 450\n", "    amount_million_vnd: 450 triệu\n",
                               0, "not-a-number", "only digits"),
    "duplicated id": ("  - id: '3.30'\n", "  - id: '3.29'\n", 0, "duplicate-id", "next free id"),
    "unknown unit": ("      units: [so-noi-vu, truong-chinh-tri-tinh]", "      units: [so-noi-vuu, truong-chinh-tri-tinh]",
                     0, "unknown-unit", "'so-noi-vu'"),
    "missing required field": ("    objective: '1.5'\n    task: '2.10'\n", "    objective: '1.5'\n",
                               -1, "missing-field", "task: ..."),
    "id written unquoted": ("  - id: '1.10'\n", "  - id: 1.10\n", 0, "unquoted-number", '"1.10"'),
    "tab for indentation": ("  - id: '3.30'\n", "\t- id: '3.30'\n", 0, "yaml-tab", "spaces"),
}


@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_names_its_line_and_the_fix(name):
    old, new, offset, code, fix_word = MISTAKES[name]
    assert old in REAL, "the example no longer matches data/plan.yaml"
    edited_line = REAL[: REAL.index(old)].count("\n") + 1
    with pytest.raises(PlanInvalid) as caught:
        parse_plan(REAL.replace(old, new, 1), "data/plan.yaml")
    issue = next((issue for issue in caught.value.issues if issue.code == code), None)
    assert issue is not None, caught.value.report()
    assert (issue.file, issue.line) == ("data/plan.yaml", edited_line + offset), issue.format()
    assert fix_word in issue.hint, issue.format()
