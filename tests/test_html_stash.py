"""HTML blocks kept out of Markdown come back where they were, or the build stops."""

import markdown
import pytest
from markupsafe import Markup

from plan.render.html_stash import HtmlStash


def test_blocks_come_back_after_markdown_unchanged():
    stash = HtmlStash()
    card = '<article class="activity"><h4>3.45 *không* phải Markdown</h4>\n\n<p>a | b</p></article>'
    page = "## Chủ trì\n" + stash.put(card) + stash.put(Markup("<p>") + stash.put("<b>lồng</b>") + Markup("</p>"))
    html = stash.restore(markdown.markdown(page), "unit.md")
    assert card in html and "<p><b>lồng</b></p>" in html.replace("\n", "")
    assert "<em>" not in html


def test_a_placeholder_markdown_escaped_stops_the_build():
    stash = HtmlStash()
    page = "Đoạn văn\n\n    " + stash.put("<p>thụt lề</p>").strip()  # indented: Markdown makes it a code block
    with pytest.raises(ValueError, match="unit.md: an HTML block was not restored"):
        stash.restore(markdown.markdown(page), "unit.md")


def test_text_that_looks_like_a_placeholder_is_left_as_text():
    """Data cannot forge a placeholder: each stash has its own random marker."""
    stash, other = HtmlStash(), HtmlStash()
    assert stash.marker != other.marker
    forged = f"<p>&lt;!--{other.marker}:0--&gt; plan-html:0 <!--plan-html:0--></p>"
    page = stash.put("<p>thật</p>") + "\n\n" + forged
    html = stash.restore(markdown.markdown(page), "unit.md")
    assert "<p>thật</p>" in html and "plan-html:0" in html and other.marker in html
