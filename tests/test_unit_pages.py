"""Each unit's page lists everything it owes, named or through a group, once, with how (issue 14)."""

from __future__ import annotations

import pytest

from plan.exports.tables import OBLIGATION_COLUMNS
from plan.model import paths
from plan.model.vocabulary import AUDIENCES
from plan.queries.obligations import Obligations, counts
from tests.support.html import html_of
from tests.support.tables import rows_by_name

# Hand-checked against the source's lead and coordinating cells: activities that NAME the unit.
NAMED = {
    "so-noi-vu": {"lead": {"3.38", "3.40", "3.41", "3.43", "3.44", "3.45", "3.46"}, "coordinate": set()},
    "so-tai-chinh": {"lead": {f"3.{n}" for n in range(47, 55)}, "coordinate": set()},
    "so-thong-tin-va-truyen-thong": {
        "lead": {"3.28", "3.29", "3.31", "3.46", "3.55", "3.56", "3.57", "3.58", "3.59", "3.60", "3.61"},
        "coordinate": set(),
    },
    "van-phong-ubnd-tinh": {
        "lead": {"3.23", "3.24", "3.25", "3.26", "3.27", "3.28", "3.29", "3.30", "3.31", "3.33", "3.35", "3.36",
                 "3.37", "3.55"},
        "coordinate": {"3.32", "3.34"},
    },
}


@pytest.fixture(scope="module")
def obligations(index):
    return Obligations(index)


def _rows(soup) -> dict[str, dict]:
    """Each activity row of a unit or kind page: its code, role section and how it is owed."""
    rows = {}
    for heading_id in ("chu-tri", "phoi-hop"):
        heading = soup.find("h2", id=heading_id)
        for element in heading.find_next_siblings():
            if element.name == "h2":
                break
            for row in element.select("li.duty"):
                code = row.select_one(".duty__title .code").get_text(strip=True)
                assert code not in rows, f"{code} is listed twice"
                rows[code] = {"section": heading_id, "how": " ".join(row.select_one(".duty__how").get_text().split())}
    return rows


def test_the_finance_department_lists_all_39_activities_once_with_route(built_site, plan):
    rows = _rows(html_of(built_site, "don-vi/so-tai-chinh/"))
    assert set(rows) == {a.id for a in plan.appendix.activities} and len(rows) == 39
    for code in NAMED["so-tai-chinh"]["lead"]:
        assert rows[code]["section"] == "chu-tri" and rows[code]["how"].startswith("Chủ trì nêu tên"), code
    assert rows["3.23"]["how"] == "Chủ trì qua nhóm “Các sở, ban, ngành”"
    assert rows["3.41"]["section"] == "phoi-hop" and "qua nhóm “Các sở, ban, ngành”" in rows["3.41"]["how"]


@pytest.mark.parametrize("unit_id", sorted(NAMED))
def test_activities_naming_the_unit_say_so(built_site, unit_id):
    rows = _rows(html_of(built_site, paths.unit_page(unit_id)))
    for role, word in (("lead", "Chủ trì"), ("coordinate", "Phối hợp")):
        named = {code for code, row in rows.items()
                 if any(route.strip() == f"{word} nêu tên" for route in row["how"].split(";"))}
        assert named == NAMED[unit_id][role], (unit_id, role)


def test_every_unit_page_lists_exactly_what_it_owes(built_site, plan, obligations):
    for unit in plan.units:
        soup = html_of(built_site, paths.unit_page(unit.id))
        assert " ".join(soup.find("h1").get_text().split()).rstrip("¶") == unit.name
        owed = obligations.of_unit(unit.id)
        if unit.members_rule:
            continue
        rows = _rows(soup)
        assert set(rows) == {o.activity.id for o in owed}, unit.id
        assert {c for c, r in rows.items() if r["section"] == "chu-tri"} == {o.activity.id for o in owed if o.role == "lead"}
        table = counts(owed)
        shown = soup.select_one(".duty-counts").get_text(" ")
        assert f"{table['lead']['named']} nêu tên, {table['lead']['via']} qua nhóm" in shown, unit.id


def test_a_district_owes_39_activities_through_its_groups(built_site, obligations):
    kind_rows = _rows(html_of(built_site, paths.kind_page(AUDIENCES["district"].slug)))
    expected = {o.activity.id for o in obligations.of_kind("district")}
    assert set(kind_rows) == expected and len(expected) == 39
    groups = {route.split("qua nhóm ")[-1].strip(" “”") for r in kind_rows.values() for route in r["how"].split(";")}
    assert groups == {"UBND các huyện, thành phố", "Các địa phương", "Các đơn vị sử dụng ngân sách"}


def test_the_district_group_page_leads_to_everything_a_district_owes(built_site):
    soup = html_of(built_site, "don-vi/ubnd-cac-huyen-thanh-pho/")
    kind_link = soup.find("a", href=f"../loai/{AUDIENCES['district'].slug}/")
    assert kind_link is not None
    assert len(_rows(html_of(built_site, "don-vi/cac-dia-phuong/"))) == 31


def test_collective_pages_list_their_named_members(built_site, plan):
    soup = html_of(built_site, "don-vi/cac-so-ban-nganh/")
    members = {a["href"] for a in soup.select(".unit-meta a.unit-link")}
    departments = {u.id for u in plan.units if u.kind in ("provincial_department", "provincial_unit")}
    assert members == {f"../{unit_id}/" for unit_id in departments}
    lead_group = html_of(built_site, "don-vi/cac-don-vi-chu-tri/")
    assert lead_group.find("a", href="../so-tai-chinh/") and "III.3" in lead_group.get_text()


def test_plan_body_duties_appear_in_full_on_the_pages_they_apply_to(built_site, plan, index):
    duties = html_of(built_site, "don-vi/so-tai-chinh/").select_one("ul.body-duties").get_text()
    for item_id in ("III.2", "III.3"):
        assert " ".join(index.plan_items[item_id].text.split()) in " ".join(duties.split()), item_id
    assert "qua nhóm “Các cơ quan, đơn vị được giao chủ trì các nội dung tại phụ lục”" in " ".join(duties.split())
    assert "Điều 3" in duties and "II.5.c" in duties
    kind = html_of(built_site, paths.kind_page(AUDIENCES["provincial_department"].slug)).select_one("ul.body-duties")
    assert "III.1" in kind.get_text() and "Giám đốc các sở, ban, ngành" in kind.get_text()


def test_lists_say_the_appendix_is_incomplete(built_site):
    for page in ("don-vi/so-tai-chinh/", paths.kind_page("ubnd-cap-xa"), "thoi-han/"):
        notice = html_of(built_site, page).select_one(".incomplete-notice")
        assert notice is not None and "3.1–3.22" in notice.get_text(), page


def test_the_unit_table_has_the_page_s_rows(built_site, plan):
    for unit in plan.units:
        text = (built_site / paths.unit_obligations_file(unit.id)).read_bytes().decode("utf-8-sig")
        rows = rows_by_name(text, OBLIGATION_COLUMNS)  # every unit's table has the same columns
        if unit.members_rule:
            continue
        page_rows = _rows(html_of(built_site, paths.unit_page(unit.id)))
        assert [r["activity_id"] for r in rows] == sorted(page_rows, key=lambda c: int(c.split(".")[1])), unit.id
        for row in rows:
            assert (row["role"] == "lead") == (page_rows[row["activity_id"]]["section"] == "chu-tri")


def test_the_retired_group_points_to_what_it_is_read_as_now(built_site, plan):
    retired = plan.retired_units[0]
    soup = html_of(built_site, paths.unit_page(retired.id))
    links = {a["href"] for a in soup.select(".admonition a")}
    assert links == {f"../{unit_id}/" for unit_id in retired.read_as}
    assert (built_site / paths.unit_calendar(retired.id)).is_file()


def test_the_units_index_and_the_home_page_offer_every_kind(built_site, obligations):
    for page, prefix in (("don-vi/", ""), ("", "don-vi/")):
        picker = html_of(built_site, page).select_one(".audience-picker")
        hrefs = {a["href"] for a in picker.select("a")}
        assert hrefs == {f"{prefix}loai/{AUDIENCES[k].slug}/" for k in obligations.covered_kinds()}, page


def test_unit_pages_sit_under_the_units_tab_with_a_breadcrumb(built_site):
    soup = html_of(built_site, "don-vi/so-tai-chinh/")
    assert soup.select_one(".md-tabs__item--active").get_text(strip=True) == "Đơn vị"
    crumbs = [a.get_text(strip=True) for a in soup.select(".md-path a")]
    assert crumbs[-1] == "Đơn vị"


def test_the_largest_unit_page_stays_under_100_kb(built_site, plan):
    sizes = {u.id: (built_site / paths.unit_page(u.id) / "index.html").stat().st_size for u in plan.units}
    assert max(sizes.values()) < 100_000, max(sizes.items(), key=lambda item: item[1])


def test_a_plan_passage_that_names_a_unit_says_so_once(built_site, plan):
    """"Được nêu tên" (mentioned) was followed by "nêu tên" (named) on every unit page's plan passages."""
    checked = 0
    for unit in plan.units:
        for where in html_of(built_site, paths.unit_page(unit.id)).select("#trong-ke-hoach ~ ul .body-duties__where"):
            shown = " ".join(where.get_text().split())
            assert "nêu tên nêu tên" not in shown, (unit.id, shown)
            checked += 1
    assert checked > 20
