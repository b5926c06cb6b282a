"""Abbreviations explained on every page: where they are marked, where not, and the glossary page."""

from __future__ import annotations

import re

from plan.model.glossary import Terms
from plan.model.records import Abbreviation
from plan.render.abbreviations import mark_abbreviations
from tests.support.html import html_of

TERMS = Terms([
    Abbreviation(term="TTHC", expansion="thủ tục hành chính", note="x"),
    Abbreviation(term="UBND", expansion='Ủy ban "nhân" <dân>', note="x"),
    Abbreviation(term="VB QPPL", expansion="văn bản quy phạm pháp luật", note="x"),
    Abbreviation(term="QPPL", expansion="quy phạm pháp luật", note="x"),
])


def _titles(html: str) -> list[str]:
    return re.findall(r'<abbr title="([^"]*)"', html)


def test_whole_words_only_and_never_inside_a_code():
    html = mark_abbreviations("<p>KSTTHC, TTHCs, 3090/QĐ-UBND, UBND-X, TTHC.</p>", TERMS)
    assert _titles(html) == ["thủ tục hành chính"]
    assert "KSTTHC" in html and "QĐ-UBND" in html


def test_the_first_occurrence_can_be_focused_every_one_has_the_expansion_as_title():
    html = mark_abbreviations("<p>TTHC và TTHC</p><p>TTHC</p>", TERMS)
    assert html.count('<abbr title="thủ tục hành chính" tabindex="0">TTHC</abbr>') == 1
    assert html.count('<abbr title="thủ tục hành chính">TTHC</abbr>') == 2
    assert "(thủ tục hành chính)" not in html, "no text is added: copies and search keep the source's words"


def test_inside_a_link_the_abbreviation_is_not_focusable():
    html = mark_abbreviations('<a href="x">Văn phòng UBND tỉnh</a> rồi UBND', TERMS)
    link = html[:html.index("</a>")]
    assert "<abbr" in link and "tabindex" not in link
    assert 'tabindex="0">UBND' in html[html.index("</a>"):]


def test_code_attributes_and_existing_abbreviations_are_left_alone():
    source = ('<p title="TTHC"><code>TTHC</code> <abbr title="x">UBND</abbr> <pre>UBND</pre>'
              '<script>var TTHC = 1;</script><!-- TTHC --></p>')
    assert mark_abbreviations(source, TERMS) == source


def test_the_longest_term_wins_and_expansions_are_escaped():
    html = mark_abbreviations("<p>các VB QPPL và văn bản QPPL của UBND</p>", TERMS)
    assert _titles(html) == ["văn bản quy phạm pháp luật", "quy phạm pháp luật", "Ủy ban &#34;nhân&#34; &lt;dân&gt;"]


def test_every_abbreviation_on_a_built_page_carries_its_expansion(built_site):
    page = html_of(built_site, "ke-hoach/")
    text = page.select_one("article")
    assert text is not None
    bare = [node for node in text.find_all(string=re.compile(r"(?<![\w/-])(TTHC|CCHC|UBND)(?![\w/-])"))
            if node.parent.name not in ("abbr", "code", "title")]
    assert bare == []
    assert text.select_one('abbr[tabindex="0"]') is not None


def test_the_glossary_lists_the_plan_s_definitions_with_their_quote_and_place(built_site):
    page = html_of(built_site, "viet-tat/")
    entry = page.select_one("#vt-tthc")
    assert entry is not None
    assert entry.dt.get_text() == "TTHC" and "thủ tục hành chính" in entry.dd.get_text()
    assert "(sau đây viết tắt là TTHC)" in entry.select_one("q").get_text()
    assert entry.select_one("a")["href"].endswith("ke-hoach/#kh-i-2")
    added = page.select_one("#vt-ubnd")
    assert "Không có trong văn bản" in added.get_text()
