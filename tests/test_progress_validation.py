"""Mistakes in progress reports, one per row: each is refused with its code, its line and a fix.

Every row edits tests/fixtures/minimal.yaml + reports.yaml (`progress_text`),
which is valid as it stands. As in tests/test_hostile_inputs.py, the loader
and `plan-check` must agree on the code, the line and the fix; a build of the
same data stops with the same message. The one warning (`unit-without-role`)
is told by the loader, plan-check and the build log, and the site is built.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from devtools.site_build import build_in_process, build_site
from plan.cli import main as plan_check
from plan.load.loader import load
from plan.model.errors import PlanInvalid
from tests.support.fixtures import TODAY, edited, line_of, progress_text

EMPTY_REPORT = ("- id: bc-rong\n  number: 1/BC-SNV\n  date: 2022-05-02\n  title: Báo cáo\n  issuer: so-noi-vu\n"
                "  period: q2\n  year: 2022\n")
TWICE = EMPTY_REPORT.replace("bc-rong", "bc-so-noi-vu-quy-1-2022") + (
    "  activities:\n  - activity: '3.41'\n    status: completed\n    quote: Đã xong.\n")


@dataclasses.dataclass(frozen=True)
class Case:
    content: Callable[[], str]
    code: str
    at: str  # the text whose line the issue names
    fix: str  # words the fix must contain


def edit(old: str, new: str) -> Callable[[], str]:
    return lambda: edited(old, new, progress_text())


def appended(text: str) -> Callable[[], str]:
    return lambda: progress_text() + text


CASES: dict[str, Case] = {
    # Records that do not exist
    "an unknown activity": Case(edit("  - activity: '3.41'\n", "  - activity: '3.42'\n"), "unknown-activity",
                                "  - activity: '3.42'", "did you mean"),
    "an unknown indicator": Case(edit("  - indicator: ct-01\n", "  - indicator: ct-10\n"), "unknown-indicator",
                                 "  - indicator: ct-10", "did you mean"),
    "an unknown issuer": Case(edit("  issuer: so-noi-vu\n  url:", "  issuer: so-noi-vuu\n  url:"), "unknown-unit",
                              "  issuer: so-noi-vuu", "so-noi-vu"),
    "an unknown reporting unit": Case(edit("    unit: so-tai-chinh\n", "    unit: so-tai-chinhh\n"), "unknown-unit",
                                      "    unit: so-tai-chinhh", "so-tai-chinh"),
    # Periods
    "a report on another year": Case(edit("  period: q1\n  year: 2022\n  activities:\n  - activity: '3.41'",
                                          "  period: q1\n  year: 2023\n  activities:\n  - activity: '3.41'"),
                                     "period-outside-plan", "  year: 2023", "year: 2022"),
    "a period that starts after the report": Case(edit("45-BC-SNV.pdf\n  period: q1\n", "45-BC-SNV.pdf\n  period: q2\n"),
                                                  "period-after-report", "  period: q2", "check `period`"),
    "figures counted to after the report's date": Case(edit("  as_of: 2022-12-15\n", "  as_of: 2022-12-25\n"),
                                                       "period-after-report", "  as_of: 2022-12-25", "on or before"),
    "an ad hoc report without its day": Case(edit("  as_of: 2022-10-10\n", ""), "missing-as-of", "  period: ad_hoc",
                                             "as_of:"),
    "a day outside the period": Case(edit("  period: year\n  year: 2022\n  as_of: 2022-12-15\n",
                                          "  period: h1\n  year: 2022\n  as_of: 2022-12-15\n"),
                                     "as-of-outside-period", "  as_of: 2022-12-15", "inside the period"),
    "a period misspelt": Case(edit("45-BC-SNV.pdf\n  period: q1\n", "45-BC-SNV.pdf\n  period: quy-1\n"), "not-allowed",
                              "  period: quy-1", "q1"),
    # Percent and status
    "a percent over 100": Case(edit("    percent: 30\n", "    percent: 130\n"), "out-of-range", "    percent: 130", "source"),
    "a negative percent": Case(edit("    percent: 30\n", "    percent: -5\n"), "out-of-range", "    percent: -5", "source"),
    "a percent with its sign": Case(edit("    percent: 30\n", "    percent: 30%\n"), "not-a-number", "    percent: 30%",
                                    "only digits"),
    "100% but in progress": Case(edit("    percent: 30\n", "    percent: 100\n"), "percent-contradicts-status",
                                 "    percent: 100", "correct `status` or `percent`"),
    "completed at 60%": Case(edit("    status: completed\n", "    status: completed\n    percent: 60\n"),
                             "percent-contradicts-status", "    percent: 60", "correct `status` or `percent`"),
    "not started at 10%": Case(edit("    status: not_started\n", "    status: not_started\n    percent: 10\n"),
                               "percent-contradicts-status", "    percent: 10", "remove `percent`"),
    "a percent with no information": Case(edit("    unit: so-tai-chinh\n", "    unit: so-tai-chinh\n    percent: 20\n"),
                                          "percent-contradicts-status", "    percent: 20", "correct `status`"),
    "a status misspelt": Case(edit("    status: completed\n", "    status: complete\n"), "not-allowed",
                              "    status: complete\n", "completed"),
    "a status going backwards": Case(edit("    status: in_progress\n    quote: Tiếp tục",
                                          "    status: not_started\n    quote: Tiếp tục"),
                                     "status-backwards", "    status: not_started\n    quote: Tiếp tục", "note:"),
    "a percent going down": Case(edit("    status: not_started\n    quote: Chưa phát hành",
                                      "    status: in_progress\n    percent: 40\n    quote: Chưa phát hành"),
                                 "status-backwards", "    percent: 30", "note:"),
    # Entries
    "an activity twice in one report": Case(edit("  - activity: '3.48'\n    status: not_started",
                                                 "  - activity: '3.47'\n    status: in_progress"),
                                            "duplicate-entry", "  - activity: '3.47'\n    status: in_progress\n    quote: Chưa",
                                            "merge"),
    "a level the target does not have": Case(edit("  - indicator: ct-08\n    value: 62\n",
                                                  "  - indicator: ct-08\n    level: tinh\n    value: 62\n"),
                                             "level-not-in-target", "    level: tinh", "levels"),
    "the report's words left out": Case(edit("    quote: Chưa phát hành văn bản đôn đốc.\n", ""), "missing-field",
                                        "  - activity: '3.48'\n    status: not_started", "quote: ..."),
    "an empty report": Case(appended(EMPTY_REPORT), "empty-report", "- id: bc-rong", "activities:"),
    "a report id used twice": Case(appended(TWICE), "duplicate-id", "- id: bc-so-noi-vu-quy-1-2022\n  number: 1/BC-SNV",
                                   "next free id"),
    # Dates and links
    "a report dated in the future": Case(edit("  date: 2022-12-20\n", "  date: 2027-01-05\n"), "date-in-future",
                                         "  date: 2027-01-05", "as printed"),
    "a report before the decision": Case(edit("  date: 2022-03-18\n", "  date: 2021-11-01\n"), "date-before-decision",
                                         "  date: 2021-11-01", "after the decision"),
    "evidence dated in the future": Case(edit("      date: 2022-01-20\n", "      date: 2027-01-20\n"), "date-in-future",
                                         "      date: 2027-01-20", "as printed"),
    "a javascript: evidence link": Case(edit("      url: https://example.org/van-ban/123-QD-UBND.pdf\n",
                                             "      url: javascript:alert(1)\n"), "bad-url", "      url: javascript",
                                        "https://"),
    "an ftp evidence link": Case(edit("      url: https://example.org/van-ban/123-QD-UBND.pdf\n",
                                      "      url: ftp://example.org/123.pdf\n"), "bad-url", "      url: ftp", "https://"),
    "a report link with a quote": Case(edit("  url: https://example.org/bao-cao/45-BC-SNV.pdf\n",
                                            "  url: 'https://example.org/\" onclick=\"alert(1)'\n"), "bad-url",
                                       "  url: 'https://example.org/\"", "without spaces or quotes"),
}


def _write(tmp_path: Path, text: str) -> Path:
    target = tmp_path / "plan.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def test_the_fixture_with_reports_is_valid_and_warns_of_nothing(tmp_path):
    loaded = load(_write(tmp_path, progress_text()), on=TODAY)
    assert len(loaded.plan.reports) == 5 and loaded.warnings == []


@pytest.mark.parametrize("name", CASES)
def test_the_loader_and_plan_check_name_the_code_line_and_fix(name, tmp_path, monkeypatch):
    case = CASES[name]
    text = case.content()
    data = _write(tmp_path, text)
    with pytest.raises(PlanInvalid) as caught:
        load(data, on=TODAY)
    found = [issue for issue in caught.value.issues if issue.code == case.code]
    assert found, f"no [{case.code}] among:\n{caught.value.report()}"
    issue = found[0]
    assert issue.line == line_of(text, case.at), issue.format()
    assert case.fix in issue.hint, issue.format()
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        assert plan_check([str(data)]) == 1
    assert f"plan.yaml:{issue.line}:{issue.column}: [{case.code}]" in err.getvalue()


@pytest.mark.parametrize("name", ["a status going backwards", "100% but in progress", "an unknown activity"])
def test_the_build_stops_with_the_same_message(name, tmp_path, site_workdir):
    case = CASES[name]
    data = _write(tmp_path, case.content())
    outcome = build_in_process(site_workdir, data, site_workdir / "site")
    assert outcome.failed and f"[{case.code}]" in outcome.log and "The site was not built" in outcome.log


ACCEPTED = {
    "going backwards with a note": edit("    status: in_progress\n    quote: Tiếp tục",
                                        "    status: not_started\n    note: Báo cáo ghi tạm dừng để chờ hướng dẫn.\n"
                                        "    quote: Tiếp tục"),
    "a percent with decimals": edit("    percent: 30\n", "    percent: 32.5\n"),
    "completed at 100%": edit("    status: completed\n", "    status: completed\n    percent: 100\n"),
    "not carried out at 20%": edit("    status: in_progress\n    percent: 30\n",
                                   "    status: not_carried_out\n    percent: 20\n"),
    "a member of a collective with a role reporting": edit(
        "  - activity: '3.41'\n    status: completed\n",
        "  - activity: '3.48'\n    quote: Sở Nội vụ đã phối hợp.\n  - activity: '3.41'\n    status: completed\n"),
}


@pytest.mark.parametrize("name", ACCEPTED)
def test_what_reports_may_say(name, tmp_path):
    loaded = load(_write(tmp_path, ACCEPTED[name]()), on=TODAY)
    assert loaded.warnings == []


WARNED = edit("    note: UBND tỉnh không được giao hoạt động này trong phụ lục; báo cáo nêu việc chỉ đạo của UBND tỉnh.\n",
              "")


def test_a_unit_with_no_role_is_a_warning_with_its_line_and_fix(tmp_path, monkeypatch):
    text = WARNED()
    data = _write(tmp_path, text)
    loaded = load(data, on=TODAY)
    [warning] = loaded.warnings
    assert (warning.code, warning.severity) == ("unit-without-role", "warning")
    assert warning.line == line_of(text, "    unit: ubnd-tinh")
    assert "ubnd-tinh" in warning.message and "3.23" in warning.message
    assert "`unit:`" in warning.hint and "`note:`" in warning.hint
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert plan_check([str(data)]) == 0
    assert f"plan.yaml:{warning.line}:{warning.column}: warning: [unit-without-role]" in err.getvalue()
    assert "fix:" in err.getvalue() and "1 warning above" in out.getvalue()


@pytest.mark.slow
def test_the_strict_build_logs_the_warning_and_builds_the_site(tmp_path):
    data = _write(tmp_path, WARNED())
    (tmp_path / "work").mkdir()
    result = build_site(tmp_path / "work", data, extra_env={"PLAN_TODAY": TODAY.isoformat()})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "warning: [unit-without-role]" in result.stderr and "fix:" in result.stderr
    page = (tmp_path / "work" / "site" / "phu-luc" / "index.html").read_text(encoding="utf-8")
    assert "đơn vị không chủ trì, phối hợp hoạt động này trong kế hoạch" in page
