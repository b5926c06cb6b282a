"""Every validation rule, each broken once: the editor learns the line and the fix."""

from __future__ import annotations

import subprocess
import sys

import pytest

from devtools.project import DATA_FILE as DEFAULT_PATH
from plan.load.loader import parse_plan
from plan.model.errors import PlanInvalid
from devtools.site_build import build_site

REAL = DEFAULT_PATH.read_text(encoding="utf-8")

# name: (text to replace, replacement, expected code, text on the expected line, hint fragment)
CASES = {
    "duplicate key": ("    deadline: Hàng năm\n", "    deadline: Hàng năm\n    deadline: Hàng năm\n",
                      "duplicate-key", "    deadline: Hàng năm\n    funding", "keep one"),
    "tab": ("  - id: '3.30'\n", "\t- id: '3.30'\n", "yaml-tab", "\t- id: '3.30'", "spaces"),
    "broken syntax": ("    product: Quyết định\n", "    product: Quyết định\n   lead: x\n", "yaml-syntax",
                      "   lead: x", "indentation"),
    "missing field": ("    deadline: Hàng năm\n", "", "missing-field", "  - id: '3.51'", "add a line `deadline:"),
    "unknown field": ("    deadline: Hàng năm\n", "    dealine: Hàng năm\n", "unknown-field", "dealine", "`deadline`"),
    "unquoted id": ("  - id: '1.10'\n", "  - id: 1.10\n", "unquoted-number", "id: 1.10", '"1.10"'),
    "number as text": ("amount_million_vnd: 450", "amount_million_vnd: 450 triệu", "not-a-number", "450 triệu",
                       "only digits"),
    "dd/mm/yyyy date": ("  date: 2021-12-30\n  date_as_written", "  date: 30/12/2021\n  date_as_written",
                        "not-a-date", "date: 30/12/2021", "2021-12-30"),
    "bad id": ("  - id: '3.45'\n", "  - id: '3.45a'\n", "bad-id", "3.45a", "3.45"),
    "bad literal": ("  comparator: trên\n", "  comparator: tren\n", "not-allowed", "comparator: tren", "trên"),
    "too long": ("    text: Phát hành văn bản đôn đốc\n", "    text: " + "x" * 7000 + "\n", "too-long", "xxxx",
                 "paste"),
    "duplicate id": ("  - id: '3.46'\n", "  - id: '3.45'\n", "duplicate-id", "- id: '3.45'\n    objective: '1.12'",
                     "next free id"),
    "unknown unit": ("units: [so-tai-chinh]", "units: [so-tai-chinhh]", "unknown-unit", "so-tai-chinhh",
                     "did you mean 'so-tai-chinh'"),
    "unknown task": ("    task: '2.20'\n", "    task: '2.99'\n", "unknown-task", "task: '2.99'", "2.9"),
    "unknown funding note": ("funding: goi-thau-phan-mem", "funding: goi-thau-phan-men", "unknown-funding-note",
                             "goi-thau-phan-men", "goi-thau-phan-mem"),
    "wrong parent": ("    objective: '1.12'\n    task: '2.20'", "    objective: '1.11'\n    task: '2.20'",
                     "wrong-parent", "objective: '1.11'\n    task: '2.20'", "objective: \"1.12\""),
    "cell and units disagree": ("      text: VNPT Lâm Đồng", "      text: VNPT Lâm Đồng", None, None, None),
    "unknown unit spelling": ("- VNPT Lâm Đồng", "- VNPT Lam Dong", "unknown-unit-name",
                              "text: |-\n        - Các sở, ban, ngành và địa phương\n        - VNPT Lam", "VNPT Lâm Đồng"),
    "units not matching text": ("      units: [so-noi-vu]\n    coordinating:\n      text: Các Sở, ban, ngành và UBND",
                                "      units: [so-tai-chinh]\n    coordinating:\n      text: Các Sở, ban, ngành và UBND",
                                "units-disagree", "units: [so-tai-chinh]", "units: [so-noi-vu]"),
    "quote not verbatim": ("quote: Sở Tài chính chủ trì", "quote: Sở Tài chánh chủ trì", "quote-not-found",
                           "Sở Tài chánh", "exactly"),
    "budget total": ("total_million_vnd: 1850", "total_million_vnd: 1800", "budget-total", "1800", "agree"),
    "amount vs text": ("amount_million_vnd: 800", "amount_million_vnd: 880", "amount-disagrees", "880", "match"),
    "bad deadline": ("deadline: Quý IV năm 2021", "deadline: Quý 5 năm 2021", "bad-deadline", "Quý 5", "Quý IV"),
    "text missing without gap": ("    text: Phát hành văn bản đôn đốc\n", "    text: ~\n", "missing-text", "text: ~",
                                 "source_gaps"),
    "unknown inferred field": ("fields: [merged_with_activity]", "fields: [merged_with_activityy]", "unknown-field",
                               "merged_with_activityy", "merged_with_activity"),
    "covers on a unit": ("  kind: enterprise\n", "  kind: enterprise\n  covers: [district]\n", "covers-not-collective",
                         "covers: [district]", "collective"),
    "ambiguous spelling": ("  name: VNPT Lâm Đồng\n  kind: enterprise\n",
                           "  name: VNPT Lâm Đồng\n  kind: enterprise\n  aliases:\n  - Sở Nội vụ\n", "ambiguous-spelling",
                           "  - Sở Nội vụ\n", "one unit"),
    "unknown record ref": ("applies_to: ['activity:3.41']", "applies_to: ['activity:3.99']", "unknown-ref",
                           "'activity:3.99'", "kind:id"),
    "non-breaking space": ("    text: Phát hành văn bản đôn đốc\n", "    text: Phát hành\u00a0văn bản đôn đốc\n",
                           "invisible-character", "Phát hành\u00a0văn", "ordinary space"),
}
CASES.pop("cell and units disagree")  # covered by "units not matching text"


def issues_for(text: str, tmp_path) -> list:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanInvalid) as caught:
        parse_plan(text, str(path))
    return caught.value.issues


def line_of(text: str, fragment: str, start: int) -> int:
    position = text.find(fragment, start)
    if position < 0:
        position = text.find(fragment)
    assert position >= 0, fragment
    return text.count("\n", 0, position) + fragment[: len(fragment) - len(fragment.lstrip("\n"))].count("\n") + 1


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_rule_names_the_line_and_the_fix(name, tmp_path):
    old, new, code, at, hint = CASES[name]
    assert old in REAL, f"fixture text for {name!r} no longer in data/plan.yaml"
    start = REAL.index(old)
    text = REAL.replace(old, new, 1)
    found = [issue for issue in issues_for(text, tmp_path) if issue.code == code]
    assert found, f"no {code} issue for {name}"
    issue = found[0]
    assert issue.file.endswith("plan.yaml")
    expected_start = max(0, text.rfind("\n", 0, start)) if at.startswith("  - id") else start
    assert issue.line == line_of(text, at, expected_start), issue.format()
    assert issue.column >= 1
    assert hint in issue.hint, issue.format()


def test_several_problems_are_reported_together(tmp_path):
    text = (REAL.replace("units: [so-tai-chinh]", "units: [so-tai-chinhh]", 1)
            .replace("total_million_vnd: 1850", "total_million_vnd: 1800", 1)
            .replace("    task: '2.20'\n", "    task: '2.99'\n", 1))
    codes = {issue.code for issue in issues_for(text, tmp_path)}
    assert {"unknown-unit", "budget-total", "unknown-task"} <= codes


def test_the_check_command_prints_the_same_messages(tmp_path):
    bad = tmp_path / "plan.yaml"
    bad.write_text(REAL.replace("units: [so-tai-chinh]", "units: [so-tai-chinhh]", 1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "plan", str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{bad}:" in result.stderr and "[unknown-unit]" in result.stderr and "fix: did you mean 'so-tai-chinh'?" in result.stderr
    good = subprocess.run([sys.executable, "-m", "plan"], capture_output=True, text=True)
    assert good.returncode == 0 and "valid (18 objectives, 26 tasks, 39 activities" in good.stdout


def test_an_invalid_dataset_fails_the_build_and_writes_no_site(tmp_path):
    bad = tmp_path / "plan.yaml"
    bad.write_text(REAL.replace("units: [so-tai-chinh]", "units: [so-tai-chinhh]", 1), encoding="utf-8")
    workdir = tmp_path / "build"
    workdir.mkdir()
    result = build_site(workdir, data_file=bad)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "[unknown-unit]" in output and "plan.yaml:" in output and "fix:" in output
    assert "Traceback" not in output
    assert not (workdir / "site" / "index.html").exists()
