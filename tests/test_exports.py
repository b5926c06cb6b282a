"""Open data exports: JSON, CSV, Data Package and the "Dữ liệu mở" page, as built and as generated."""

from __future__ import annotations

import codecs
import json
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from plan.model.deadlines import parse_deadline
from plan.render.data_page import size_text
from plan.exports.files import all_exports
from plan.exports.links import LIST_SEPARATOR
from plan.exports.catalogue import TABLES_BY_NAME
from plan.exports.tables import OBLIGATION_COLUMNS
from plan.queries.obligations import Obligations
from devtools.project import ROOT
from tests.support.html import html_of
from tests.support.tables import rows_by_name

CSV_FILES = ["hoat-dong.csv", "hoat-dong-don-vi.csv", "don-vi.csv", "chi-tieu.csv", "kinh-phi.csv"]


def site_url_of_config() -> str:
    """The site_url a test build gets: SITE_URL from the environment, else mkdocs.yml's fallback."""
    fallback = re.search(r'^site_url: !ENV \[SITE_URL, "(\S+)"\]', (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)[1]
    return os.environ.get("SITE_URL", fallback)


def read_csv(site: Path, name: str) -> list[dict]:
    """A published table's rows keyed by machine name, once its header row is checked to be the Vietnamese headers."""
    text = (site / "du-lieu" / name).read_text(encoding="utf-8-sig")
    return rows_by_name(text, TABLES_BY_NAME[name.removesuffix(".csv")].columns)


def split(value: str) -> list[str]:
    return value.split(LIST_SEPARATOR) if value else []


@pytest.fixture(scope="module")
def exported_json(built_site):
    return json.loads((built_site / "du-lieu/ke-hoach.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def activity_rows(built_site):
    return {row["id"]: row for row in read_csv(built_site, "hoat-dong.csv")}


def test_generated_exports_are_the_built_files_and_reproducible(built_site, index):
    first = all_exports(index, Obligations(index), site_url_of_config())
    second = all_exports(index, Obligations(index), site_url_of_config())
    assert [e.content for e in first] == [e.content for e in second]
    for export in first:
        assert (built_site / export.path).read_bytes() == export.content, export.path


def test_json_has_every_part_of_the_dataset(exported_json, plan):
    for part in ("meta", "document", "plan", "indicators", "appendix", "units", "budget", "source_gaps", "notes", "changes"):
        assert part in exported_json
    appendix = exported_json["appendix"]
    assert [a["id"] for a in appendix["activities"]] == [a.id for a in plan.appendix.activities]
    assert [o["id"] for o in appendix["objectives"]] == [o.id for o in plan.appendix.objectives]
    assert [t["id"] for t in appendix["tasks"]] == [t.id for t in plan.appendix.tasks]
    assert [s["id"] for s in appendix["sections"]] == [s.id for s in plan.appendix.sections]
    assert [i["id"] for i in exported_json["indicators"]] == [i.id for i in plan.indicators]
    assert [u["id"] for u in exported_json["units"]] == [u.id for u in plan.units]
    assert exported_json["budget"]["total_million_vnd"] == plan.budget.total_million_vnd
    assert [g["id"] for g in exported_json["source_gaps"]] == [g.id for g in plan.source_gaps]
    assert exported_json["document"]["number"] == plan.document.number


def test_json_validates_against_its_published_schema(built_site, exported_json):
    schema = json.loads((built_site / "du-lieu/ke-hoach.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(exported_json)) == []
    broken = json.loads(json.dumps(exported_json))
    del broken["appendix"]["activities"][0]["lead"]["unit_names"]
    assert not validator.is_valid(broken), "the schema must require the added unit names"


def test_dataset_schema_accepts_the_dataset(built_site, plan):
    schema = json.loads((built_site / "du-lieu/plan.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(plan.model_dump(mode="json"))) == []


def test_json_puts_unit_names_beside_unit_ids(exported_json, index):
    for activity in exported_json["appendix"]["activities"]:
        for cell in (activity["lead"], activity["coordinating"]):
            if cell is not None:
                assert cell["unit_names"] == [index.units[u].name for u in cell["units"]]
    refs = [ref for article in exported_json["document"]["articles"] for ref in article["unit_refs"]]
    assert refs and all(ref["unit_name"] == index.units[ref["unit"]].name for ref in refs)


@pytest.mark.parametrize("name", CSV_FILES)
def test_csv_starts_with_bom_and_parses(built_site, name):
    raw = (built_site / "du-lieu" / name).read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert read_csv(built_site, name), "no rows"  # a ragged row fails in rows_by_name


def test_activity_csv_has_one_row_per_activity(built_site, plan):
    rows = read_csv(built_site, "hoat-dong.csv")
    assert len(rows) == len(plan.appendix.activities)
    assert [row["id"] for row in rows] == [a.id for a in plan.appendix.activities]


def test_every_activity_has_the_same_units_in_json_and_csv(plan, index, exported_json, activity_rows):
    in_json = {a["id"]: a for a in exported_json["appendix"]["activities"]}
    for activity in plan.appendix.activities:
        row, record = activity_rows[activity.id], in_json[activity.id]
        for role, ids in (("lead", index.lead_ids(activity)), ("coordinating", index.coordinating_ids(activity))):
            names = [index.units[u].name for u in ids]
            assert split(row[f"{role}_ids"]) == ids, (activity.id, role)
            assert split(row[f"{role}_names"]) == names, (activity.id, role)
            assert (record[role]["units"] if record[role] else []) == ids
            assert (record[role]["unit_names"] if record[role] else []) == names


def test_activity_csv_keeps_texts_and_parses_deadlines(plan, index, activity_rows):
    for activity in plan.appendix.activities:
        row = activity_rows[activity.id]
        assert row["text"] == (activity.text or "")
        lead = activity.lead.text if activity.lead else ""
        # The source's list cells start with "- ", which spreadsheets read as a formula: written "'- …".
        assert row["lead_text"] == ("'" + lead if lead.startswith("-") else lead)
        assert row["deadline"] == (activity.deadline or "")
        deadline = parse_deadline(activity.deadline) if activity.deadline else None
        assert row["deadline_end"] == (deadline.end.isoformat() if deadline and deadline.end else "")
        expected_funding = index.funding_notes.get(activity.funding, "") if activity.funding else ""
        assert row["funding_text"] == expected_funding
        assert row["url"].endswith("phu-luc/#hd-" + activity.id.replace(".", "-"))


def test_deadline_examples_of_the_issue(activity_rows):
    expected_end = {"Trong năm 2022": "2022-12-31", "Quý IV năm 2021": "2021-12-31", "Giai đoạn 2022 - 2025": "2025-12-31"}
    one_line = {" ".join(row["deadline"].split()): row["deadline_end"] for row in activity_rows.values()}
    seen = {text: end for text, end in one_line.items() if text in expected_end}
    assert seen == expected_end
    recurring = [row for row in activity_rows.values() if row["deadline"] in {"Thường xuyên", "Hàng năm", "Nhiệm vụ hàng năm"}]
    assert recurring and all(row["deadline_end"] == "" for row in recurring)


def test_activity_unit_pairs_match_the_dataset(built_site, plan, index):
    rows = read_csv(built_site, "hoat-dong-don-vi.csv")
    expected = {
        (a.id, u, role)
        for a in plan.appendix.activities
        for role, ids in (("lead", index.lead_ids(a)), ("coordinate", index.coordinating_ids(a)))
        for u in ids
    }
    assert {(r["activity_id"], r["unit_id"], r["role"]) for r in rows} == expected
    assert len(rows) == len(expected)


def test_units_csv_matches_the_dataset(built_site, plan, index):
    rows = read_csv(built_site, "don-vi.csv")
    assert [(r["id"], r["name"], r["kind"]) for r in rows] == [(u.id, u.name, u.kind) for u in plan.units]
    for row in rows:
        assert int(row["lead_count"]) == len(index.led_by(row["id"]))
        assert int(row["coordinate_count"]) == len(index.coordinated_by(row["id"]))
        assert row["calendar_url"].endswith(f"du-lieu/lich/{row['id']}.ics")


def test_indicators_csv_matches_the_dataset(built_site, plan):
    rows = read_csv(built_site, "chi-tieu.csv")
    assert [(r["id"], r["quote"], r["comparator"], float(r["value"]), r["unit"]) for r in rows] == [
        (i.id, i.quote, i.comparator, float(i.value), i.unit) for i in plan.indicators
    ]
    assert [r["headline"] == "true" for r in rows] == [i.headline for i in plan.indicators]


def test_budget_csv_matches_the_dataset(built_site, plan):
    rows = read_csv(built_site, "kinh-phi.csv")
    assert [(r["id"], r["text"], int(r["amount_million_vnd"])) for r in rows] == [
        (line.id, line.text, line.amount_million_vnd) for line in plan.budget.lines
    ]
    assert sum(int(r["amount_million_vnd"]) for r in rows) == plan.budget.total_million_vnd


def test_data_package_is_valid_and_describes_every_file(built_site, plan):
    frictionless = pytest.importorskip("frictionless")
    package_path = built_site / "du-lieu/datapackage.json"
    report = frictionless.validate(str(package_path))
    assert report.valid, report.flatten(["taskNumber", "type", "message"])
    package = json.loads(package_path.read_text(encoding="utf-8"))
    described = {resource["path"] for resource in package["resources"]}
    published = {
        str(path.relative_to(built_site / "du-lieu")) for path in (built_site / "du-lieu").rglob("*")
        if path.is_file() and path.name not in {"index.html", "datapackage.json"}
    }
    assert described == published
    assert package["licenses"][0]["name"] == plan.meta.licence
    assert plan.document.number in package["sources"][0]["title"]


def test_data_package_catches_a_changed_file(built_site, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    copy = tmp_path / "du-lieu"
    copy.mkdir()
    for name in ["datapackage.json", *CSV_FILES]:
        (copy / name).write_bytes((built_site / "du-lieu" / name).read_bytes())
    package = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"] = [r for r in package["resources"] if r["path"] in CSV_FILES]
    (copy / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    assert frictionless.validate(str(copy / "datapackage.json")).valid
    units = (copy / "don-vi.csv").read_bytes()
    changed = units.replace(b"\nso-noi-vu,", b"\nso-noi-vu-x,", 1)
    assert changed != units
    (copy / "don-vi.csv").write_bytes(changed)
    assert not frictionless.validate(str(copy / "datapackage.json")).valid


def _local_links(soup) -> list[str]:
    hrefs = [a["href"] for a in soup.select("article a[href]")]
    return [h for h in hrefs if not urlsplit(h).scheme and not h.startswith("#")]


def _target(page_dir: str, href: str) -> tuple[str, str]:
    path, _, fragment = href.partition("#")
    return posixpath.normpath(posixpath.join(page_dir, path)) + ("/" if path.endswith("/") else ""), fragment


def test_data_page_links_resolve(built_site):
    soup = html_of(built_site, "du-lieu/")
    links = _local_links(soup)
    downloads = [a["href"] for a in soup.select("article a[download]")]
    assert len(downloads) >= len(CSV_FILES) + 22
    for href in links:
        path, fragment = _target("du-lieu", href)
        file = built_site / path / "index.html" if path.endswith("/") else built_site / path
        assert file.is_file(), href
        if fragment:
            assert html_of(built_site, path).find(id=fragment) is not None, href
    for anchor in [a["href"][1:] for a in soup.select("article a[href^='#']")]:
        assert soup.find(id=anchor) is not None, anchor


def test_data_page_states_the_real_sizes(built_site):
    soup = html_of(built_site, "du-lieu/")
    rows = soup.select("#tab-cac-tep tbody tr")
    checked = 0
    for row in rows:
        link = row.find("a", download=True)
        if link is None:
            continue
        path, _ = _target("du-lieu", link["href"])
        assert row.find_all("td")[-1].get_text() == size_text((built_site / path).stat().st_size), path
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize("page, data_file", [
    ("phu-luc/", "hoat-dong.csv"), ("kinh-phi/", "kinh-phi.csv"), ("don-vi/", "don-vi.csv"), ("ke-hoach/", "chi-tieu.csv"),
])
def test_record_pages_link_their_data(built_site, page, data_file):
    hrefs = [a["href"] for a in html_of(built_site, page).select("article a[href]")]
    targets = [_target(page.rstrip("/"), h)[0] for h in hrefs if h.endswith(data_file)]
    assert targets == [f"du-lieu/{data_file}"]
    assert (built_site / targets[0]).is_file()


ALL_COLUMN_SETS = {**{table.name: table.columns for table in TABLES_BY_NAME.values()}, "viec": OBLIGATION_COLUMNS}


@pytest.mark.parametrize("name", ALL_COLUMN_SETS)
def test_csv_headers_are_vietnamese_words_a_reader_understands(name):
    columns = ALL_COLUMN_SETS[name]
    headers = [column.header for column in columns]
    assert len(set(headers)) == len(headers), "two columns with one header"
    for column in columns:
        assert column.header != column.name and "_" not in column.header, column.name
        assert re.fullmatch(r"[A-ZĐ][^\s_]*( [^\s_]+)*", column.header), column.header
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", column.name), column.name


def test_data_package_names_fields_by_header_and_gives_the_machine_name(built_site):
    package = json.loads((built_site / "du-lieu/datapackage.json").read_text(encoding="utf-8"))
    tables = [r for r in package["resources"] if r.get("profile") == "tabular-data-resource"]
    assert len(tables) > len(CSV_FILES)  # the five tables and every unit's and kind's table
    for resource in tables:
        columns = ALL_COLUMN_SETS.get(resource["name"], OBLIGATION_COLUMNS)
        header_row = (built_site / "du-lieu" / resource["path"]).read_text(encoding="utf-8-sig").splitlines()[0]
        fields = resource["schema"]["fields"]
        assert header_row == ",".join(field["name"] for field in fields) == ",".join(c.header for c in columns)
        for field, column in zip(fields, columns, strict=True):
            assert field["description"].endswith(f" Tên cột dạng mã: {column.name}."), field
        assert set(resource["schema"]["primaryKey"]) <= {field["name"] for field in fields}


def test_data_page_maps_every_header_to_its_machine_name(built_site):
    soup = html_of(built_site, "du-lieu/")
    mapped = {(cell.contents[0].get_text(), cell.code.get_text())
              for cell in soup.select("article table tbody td:first-child") if cell.code and cell.br}
    for columns in ALL_COLUMN_SETS.values():
        assert {(column.header, column.name) for column in columns} <= mapped
    example = soup.find(string=re.compile("groupby")).parent.get_text()
    assert '["Vai trò"] == "lead"' in example and 'groupby("Tên đơn vị")' in example
