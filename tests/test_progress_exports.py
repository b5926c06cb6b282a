"""Progress as open data: tien-do.csv, minh-chung.csv, chi-tieu-thuc-hien.csv, tien-do.json, in the Data Package."""

from __future__ import annotations

import json

import pytest

from plan.exports.catalogue import TABLES_BY_NAME
from plan.exports.files import all_exports
from plan.queries.obligations import Obligations
from plan.exports.progress_tables import PROGRESS_TABLES
from plan.load.loader import parse_plan
from plan.queries import PlanIndex
from tests.support.fixtures import TODAY, minimal_text, progress_text
from tests.support.tables import rows_by_name

SITE = "https://ke-hoach.example/"


@pytest.fixture(scope="module")
def exports():
    index = PlanIndex(parse_plan(progress_text(), "f.yaml", on=TODAY))
    return {export.path.removeprefix("du-lieu/"): export for export in all_exports(index, Obligations(index), SITE)}


def rows(exports, name: str) -> list[dict]:
    table = TABLES_BY_NAME[name.removesuffix(".csv")]
    return rows_by_name(exports[name].content.decode("utf-8-sig"), table.columns)


def test_one_progress_row_per_activity_in_a_report(exports):
    table = rows(exports, "tien-do.csv")
    assert len(table) == 8
    row = next(r for r in table if r["report_id"] == "bc-so-tai-chinh-6-thang-2022" and r["activity_id"] == "3.48")
    assert row["status"] == "in_progress" and row["status_label"] == "Đang thực hiện" and row["percent"] == "30"
    assert (row["period"], row["period_start"], row["period_end"], row["as_of"]) == ("h1", "2022-01-01", "2022-06-30",
                                                                                    "2022-06-24")
    assert row["quote"] == "Đã dự thảo văn bản đôn đốc, đạt khoảng 30%." and row["evidence_count"] == "1"
    assert row["activity_url"] == SITE + "phu-luc/#hd-3-48" and row["unit_has_role"] == "true"
    told = next(r for r in table if r["report_id"] == "bc-so-noi-vu-dot-xuat-10-2022" and r["activity_id"] == "3.48")
    assert (told["unit_id"], told["issuer_id"], told["status"], told["percent"]) == ("so-tai-chinh", "so-noi-vu",
                                                                                      "no_information", "")
    directed = next(r for r in table if r["activity_id"] == "3.23" and r["unit_id"] == "ubnd-tinh")
    assert directed["unit_has_role"] == "false" and directed["note"].startswith("UBND tỉnh không được giao")


def test_evidence_and_indicator_values(exports):
    evidence = rows(exports, "minh-chung.csv")
    assert [(r["report_id"], r["activity_id"], r["number"]) for r in evidence] == [
        ("bc-so-noi-vu-quy-1-2022", "3.41", "123/QĐ-UBND"), ("bc-so-tai-chinh-6-thang-2022", "3.48", "88/STC-VP"),
        ("bc-van-phong-ubnd-tinh-nam-2022", "3.23", "1500/QĐ-UBND")]
    assert evidence[1]["url"] == "" and evidence[0]["url"].startswith("https://")
    actuals = rows(exports, "chi-tieu-thuc-hien.csv")
    assert [(r["indicator_id"], r["value"], r["target_value"]) for r in actuals] == [
        ("ct-08", "62", "80"), ("ct-08", "75.5", "80"), ("ct-01", "100", "100")]


def test_the_json_holds_the_same_rows_typed(exports):
    data = json.loads(exports["tien-do.json"].content)
    assert set(data) == {table.name for table in PROGRESS_TABLES}
    assert len(data["tien-do"]) == len(rows(exports, "tien-do.csv"))
    first = data["tien-do"][0]
    assert list(first) == [column.name for column in PROGRESS_TABLES[0].columns]
    assert first["report_date"] == "2022-03-18" and first["percent"] is None and first["unit_has_role"] is True
    assert data["chi-tieu-thuc-hien"][1]["value"] == 75.5


def test_the_data_package_describes_and_validates_them(exports, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    package = json.loads(exports["datapackage.json"].content)
    by_path = {resource["path"]: resource for resource in package["resources"]}
    assert {"tien-do.csv", "minh-chung.csv", "chi-tieu-thuc-hien.csv", "tien-do.json"} <= set(by_path)
    fields = [f["name"] for f in by_path["tien-do.csv"]["schema"]["fields"]]
    assert fields == [column.header for column in PROGRESS_TABLES[0].columns]
    needed = ["tien-do.csv", "minh-chung.csv", "chi-tieu-thuc-hien.csv", "hoat-dong.csv", "don-vi.csv", "chi-tieu.csv"]
    for name in needed:
        (tmp_path / name).write_bytes(exports[name].content)
    package["resources"] = [by_path[name] for name in needed]
    (tmp_path / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["taskNumber", "type", "message"])


def test_with_no_reports_the_tables_are_headers_only():
    index = PlanIndex(parse_plan(minimal_text(), "f.yaml", on=TODAY))
    exported = {e.path.removeprefix("du-lieu/"): e for e in all_exports(index, Obligations(index), SITE)}
    assert rows(exported, "tien-do.csv") == [] and rows(exported, "chi-tieu-thuc-hien.csv") == []
    header = exported["tien-do.csv"].content.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Mã báo cáo,Số báo cáo,Ngày báo cáo")
    assert json.loads(exported["tien-do.json"].content) == {"tien-do": [], "minh-chung": [], "chi-tieu-thuc-hien": []}
