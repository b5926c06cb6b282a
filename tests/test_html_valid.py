"""Every built page is valid HTML for the W3C Nu checker, but for what Material itself writes and we keep.

What stays, and why (README, "Valid HTML"):
- `autocomplete="off"` on the two checkboxes that open the drawer and the search
  (Material's base.html). The HTML standard does not allow the attribute on a
  checkbox, but Firefox honours it there: without it, a reload brings the menu or
  the search back open. Copying base.html to drop it would tie the site to far
  more of Material than the two lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.html_checker import check

pytestmark = pytest.mark.slow

MATERIAL_REMAINDER = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
                      '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">')


def _errors(site: Path) -> list[str]:
    found = []
    for message in check(site):
        if message["type"] != "error" and message.get("subType") != "warning":
            continue
        if message["message"].startswith("Attribute “autocomplete” is only allowed") and any(
                tag in message.get("extract", "") for tag in MATERIAL_REMAINDER):
            continue
        page = message["url"].split("/site/", 1)[-1]
        found.append(f"{page}:{message.get('lastLine')}: {message['message']} — {message.get('extract', '').strip()[:120]}")
    return found


def test_the_real_site_is_valid_html(built_site):
    errors = _errors(built_site)
    assert not errors, f"{len(errors)} problems:\n" + "\n".join(errors[:30])


def test_the_hostile_site_is_valid_html(hostile_site):
    errors = _errors(hostile_site)
    assert not errors, f"{len(errors)} problems:\n" + "\n".join(errors[:30])


def test_the_site_with_progress_reports_is_valid_html(progress_site):
    errors = _errors(progress_site)
    assert not errors, f"{len(errors)} problems:\n" + "\n".join(errors[:30])


def test_the_remainder_is_only_material_s_two_checkboxes(built_site):
    messages = [m for m in check(built_site) if m["type"] == "error"]
    pages = len(list(built_site.rglob("*.html")))
    assert len(messages) == 2 * pages, "the listed remainder changed: update README and this test"
