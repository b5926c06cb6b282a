"""The published rules of progress (plan/queries/progress_rules.py) and what the reports add up to (progress.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from plan.load.loader import parse_plan
from plan.model.deadlines import parse_deadline
from plan.queries import PlanIndex
from plan.queries.progress import Progress
from plan.queries.progress_rules import State, completion, is_overdue, rollup
from tests.support.fixtures import TODAY, minimal_text, progress_text

D = dt.date


@pytest.mark.parametrize(("status", "percent", "expected"), [
    ("completed", None, 100.0),  # completed without a percent is done
    ("completed", 100, 100.0),
    ("in_progress", 40, 40.0),
    ("partly_completed", 62.5, 62.5),
    ("in_progress", None, None),  # in progress with no figure: unknown, not 0
    ("partly_completed", None, None),
    ("not_started", None, 0.0),
    ("not_carried_out", None, 0.0),
    ("not_carried_out", 20, 20.0),
    ("no_information", None, None),
])
def test_completion_of_one_activity(status, percent, expected):
    assert completion(status, percent) == expected


def test_no_reports_count_as_no_information_not_as_zero():
    result = rollup([State(), State(), State()])
    assert result.total == 3 and result.counts["no_information"] == 3
    assert result.measured == 0 and result.progress is None and result.unmeasured == 3 and result.informed == 0


def test_an_empty_group_has_no_figure():
    result = rollup([])
    assert (result.total, result.measured, result.progress) == (0, 0, None)
    assert set(result.counts.values()) == {0}


def test_unknown_activities_are_left_out_of_the_figure_but_counted():
    result = rollup([State("completed"), State("in_progress", 50), State("in_progress"), State()])
    assert result.progress == pytest.approx(75.0)  # (100 + 50) / 2: the two unknown ones are not zeros
    assert (result.total, result.measured, result.unmeasured, result.informed) == (4, 2, 2, 3)
    assert result.counts == {"completed": 1, "partly_completed": 0, "in_progress": 2, "not_started": 0,
                             "not_carried_out": 0, "no_information": 1}


def test_mixed_weights_give_a_weighted_mean():
    result = rollup([State("completed", weight=3), State("not_started", weight=1), State(weight=5)])
    assert result.progress == pytest.approx(75.0)  # (3 × 100 + 1 × 0) / 4; the unknown one's weight counts nowhere
    same_weights = rollup([State("completed"), State("not_started")])
    assert same_weights.progress == pytest.approx(50.0)


def test_a_larger_group_is_its_activities_not_the_mean_of_its_parts():
    one = [State("completed")]
    three = [State("not_started"), State("not_started"), State("not_started")]
    assert rollup(one + three).progress == pytest.approx(25.0)  # not (100 + 0) / 2
    assert (rollup(one).progress + rollup(three).progress) / 2 == pytest.approx(50.0)


DATED = parse_deadline("Trong năm 2022")  # last day 31/12/2022


@pytest.mark.parametrize(("deadline", "status", "as_of", "late"), [
    (DATED, "no_information", D(2022, 12, 30), False),  # before the deadline
    (DATED, "no_information", D(2022, 12, 31), False),  # the last day itself is not late
    (DATED, "no_information", D(2023, 1, 1), True),  # after it, with no report
    (DATED, "in_progress", D(2023, 1, 1), True),
    (DATED, "partly_completed", D(2026, 12, 1), True),
    (DATED, "not_carried_out", D(2026, 12, 1), True),
    (DATED, "completed", D(2026, 12, 1), False),
    (parse_deadline("Quý IV năm 2021"), "no_information", D(2022, 1, 1), True),
    (parse_deadline("Thường xuyên"), "no_information", D(2030, 1, 1), False),  # undated: never overdue
    (parse_deadline("Hàng năm"), "in_progress", D(2030, 1, 1), False),
    (parse_deadline("Theo quy định của Trung ương"), "not_started", D(2030, 1, 1), False),
    (None, "no_information", D(2030, 1, 1), False),  # no deadline cell
])
def test_overdue_means_past_the_last_day_and_not_completed(deadline, status, as_of, late):
    assert is_overdue(deadline, status, as_of) is late


@pytest.fixture(scope="module")
def progress():
    return Progress(PlanIndex(parse_plan(progress_text(), "f.yaml", on=TODAY)), TODAY)


def test_the_latest_status_is_the_latest_report_that_states_one(progress):
    latest = progress.latest("3.48")
    # The ad hoc report of 10/10/2022 mentions 3.48 without a status: the 6-month report's status stands.
    assert latest.report.id == "bc-so-tai-chinh-6-thang-2022"
    assert (latest.entry.status, latest.entry.percent) == ("in_progress", 30)
    assert [u.day for u in progress.timeline("3.48")] == [D(2022, 10, 10), D(2022, 6, 24), D(2022, 3, 25)]


def test_states_overdue_and_the_whole_plan(progress):
    index = progress.index
    states = {a.id: progress.state(a) for a in index.plan.appendix.activities}
    assert states["3.41"] == State("completed", None)
    assert states["3.23"] == State("partly_completed", 80)
    assert states["3.47"] == State("in_progress", None)
    # 3.41 (Quý IV năm 2021) is completed; 3.47 is "Thường xuyên"; 3.23 (2022) and 3.48 (2022–2025) are late.
    assert [a.id for a in progress.overdue()] == ["3.23", "3.48"]
    whole = progress.whole_plan
    assert (whole.total, whole.measured, whole.informed) == (4, 3, 4)
    assert whole.progress == pytest.approx((100 + 80 + 30) / 3)


def test_as_of_a_day_before_the_deadlines(progress):
    early = Progress(progress.index, D(2022, 7, 1))
    assert early.latest("3.23") is None  # the year report stands for 15/12/2022
    assert [a.id for a in early.overdue()] == []  # 3.41 was completed; nothing else had its last day yet
    assert early.plan_period_state == "running"
    assert Progress(progress.index, D(2021, 12, 31)).plan_period_state == "not_started"
    assert progress.plan_period_state == "ended"


def test_groups_by_unit_kind_and_section(progress):
    by_unit = {g.label: g.rollup for g in progress.by_lead_unit()}
    assert by_unit["Sở Tài chính"].total == 2 and by_unit["Sở Tài chính"].measured == 1
    assert by_unit["Sở Tài chính"].progress == pytest.approx(30)
    kinds = {g.label: g.rollup.total for g in progress.by_unit_kind()}
    assert kinds == {"Sở, ban, ngành cấp tỉnh": 4, "Nhóm cơ quan (nêu chung)": 1}
    sections = {g.code: g.rollup.total for g in progress.by_section()}
    assert sections == {"II": 0, "III": 1, "V": 2, "": 1}  # 3.23 has no objective: its own row


def test_compliance_per_unit_and_period(progress):
    cells = {c.period: c for c in progress.compliance_of("so-tai-chinh")}
    assert [c.period for c in progress.compliance_of("so-tai-chinh")] == ["q1", "q2", "h1", "q3", "q4", "year"]
    assert cells["q1"].state == "reported" and cells["h1"].state == "reported"
    assert cells["q2"].state == "missing"  # a 6-month report does not stand in for the second quarter
    assert [r.id for r in progress.ad_hoc_reports_of("so-noi-vu")] == ["bc-so-noi-vu-dot-xuat-10-2022"]
    during = Progress(progress.index, D(2022, 8, 1))
    assert [c.state for c in during.compliance_of("so-tai-chinh")] == ["reported", "missing", "reported", "open",
                                                                        "open", "open"]
    # Units given lead work, directly or through "Các sở, ban, ngành"; never a collective itself.
    assert [u.id for u in progress.reporting_units()] == ["van-phong-ubnd-tinh", "so-noi-vu", "so-tai-chinh"]


def test_target_rows_take_the_latest_value(progress):
    ct08 = progress.index.indicators["ct-08"]
    [(level, actual)] = progress.target_rows(ct08)
    assert level is None and actual.actual.value == 75.5 and actual.report.id == "bc-so-tai-chinh-6-thang-2022"


def test_a_plan_with_no_reports_is_all_no_information():
    progress = Progress(PlanIndex(parse_plan(minimal_text(), "f.yaml", on=TODAY)), TODAY)
    assert progress.updates == [] and progress.reports == []
    assert progress.whole_plan.counts["no_information"] == 4 and progress.whole_plan.progress is None
    assert all(c.state == "missing" for c in progress.compliance_of("so-noi-vu"))
