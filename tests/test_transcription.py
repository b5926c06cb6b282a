"""Six readings of the source corrected after review (issue 13, part 8): each stays as the source says."""

from __future__ import annotations

import datetime as dt

from devtools.project import SOURCE_TEXT
from plan.model.deadlines import parse_deadline
from tests.support.html import html_of

SOURCE = SOURCE_TEXT.read_text(encoding="utf-8")


def _indicator(plan, indicator_id):
    return next(i for i in plan.indicators if i.id == indicator_id)


def test_ct04_is_an_increase_of_at_least_30_percent(plan, built_site):
    ct04 = _indicator(plan, "ct-04")
    assert "tăng tối thiểu 30%" in ct04.quote and ct04.comparator == "tăng tối thiểu" and ct04.value == 30
    listed = html_of(built_site, "ke-hoach/").select_one("ol.indicator-list").get_text(" ")
    assert "Tăng tối thiểu 30%" in listed


def test_the_reason_for_3_54_names_its_five_empty_cells(plan):
    row = SOURCE.split("3.54. ", 1)[1].split("\n")[1:6]
    assert row == ["\t"] * 5, "the source gives 3.54 five empty cells"
    reason = next(a for a in plan.appendix.activities if a.id == "3.54").inferred[0].reason
    assert "năm ô để trống" in reason and "chỉ có ô hoạt động" not in reason


def test_the_note_on_q4_2021_says_it_ends_the_day_after_the_decision(plan):
    note = next(n for n in plan.notes if n.id == "quy-iv-nam-2021")
    assert parse_deadline("Quý IV năm 2021").end == plan.document.date + dt.timedelta(days=1)
    assert "31/12/2021" in note.text and "một ngày sau ngày ban hành" in note.text
    assert "trước ngày ban hành" not in note.text


def test_the_appendix_title_is_marked_as_the_site_s_own(plan, built_site):
    assert plan.appendix.title not in SOURCE and plan.appendix.title_in_source is False
    notice = html_of(built_site, "phu-luc/").select_one(".editorial-title")
    assert notice is not None and "văn bản nguồn không ghi tên" in notice.get_text()


def test_the_missing_title_of_appendix_section_iii_is_a_source_gap(plan, built_site):
    section = next(s for s in plan.appendix.sections if s.id == "III")
    assert section.title is None and section.header_in_source
    gaps = [g for g in plan.source_gaps if "section:III" in g.affects]
    assert gaps and "Tên phần III" in " ".join(gaps[0].missing)
    assert html_of(built_site, "nguon/").find(id=gaps[0].id) is not None


def test_ct20_measures_the_agencies_counted_at_100_percent(plan):
    ct20 = _indicator(plan, "ct-20")
    assert "100% " + ct20.measure in ct20.quote
    assert ct20.measure == "cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện"
