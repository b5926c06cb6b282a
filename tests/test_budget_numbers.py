"""The budget page's numbers: shares that add up to 100 %, totals per recipient, bar names from the lines' words."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan.model.records import Budget, BudgetLine, UnitCell
from plan.output.locale import percent
from plan.output.shares import largest_remainder
from plan.output.wording import budget_line_label
from plan.queries.budget import recipient_totals
from plan.render.budget import LABEL_LIMIT, budget_context

SNV = "so-noi-vu"
amounts_lists = st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=30).filter(any)


def _budget(*lines: tuple[int, UnitCell | None], text: str = "Kinh phí {n}: {amount} triệu đồng.") -> Budget:
    budget_lines = [
        BudgetLine(id=f"kp-{n}", text=text.format(n=n, amount=amount), amount_million_vnd=amount, recipient=cell)
        for n, (amount, cell) in enumerate(lines, start=1)
    ]
    return Budget(year=2022, heading="Kinh phí:", lines=budget_lines, total_in_source=False, funding_notes=[],
                  total_million_vnd=sum(line.amount_million_vnd for line in budget_lines))


def _cell(text: str, *units: str) -> UnitCell:
    return UnitCell(text=text, units=list(units))


# Shares (plan/output/shares.py)

def test_real_budget_shares_add_up_to_100_and_the_largest_remainder_gets_the_missing_tenth(plan):
    shares = largest_remainder([line.amount_million_vnd for line in plan.budget.lines])
    assert [percent(share) for share in shares] == ["16,2%", "24,3%", "43,3%", "16,2%"]  # 800/1850 = 43.24…
    assert sum(shares) == 1
    # rounding each share alone gives 99.9 %: the page's earlier figures
    assert sum(round(Decimal(a) / 1850, 3) for a in (300, 450, 800, 300)) == Decimal("0.999")


def test_real_recipient_shares_add_up_to_100(plan):
    totals = recipient_totals(plan.budget)
    shares = largest_remainder([total.amount_million_vnd for total in totals])
    assert [percent(share) for share in shares] == ["59,5%", "40,5%"]
    assert sum(shares) == 1


@given(amounts_lists, st.integers(min_value=0, max_value=3))
def test_shares_add_up_to_exactly_one_and_stay_within_one_shown_unit(amounts, digits):
    shares = largest_remainder(amounts, digits)
    unit = Fraction(1, 100 * 10**digits)
    total = sum(amounts)
    assert sum(shares) == 1
    for amount, share in zip(amounts, shares):
        exact = Fraction(amount, total)
        assert Fraction(share) % unit == 0, "a share has more digits than shown"
        assert Fraction(share) - exact < unit and exact - Fraction(share) < unit
        assert Fraction(share) >= exact - unit and (amount > 0 or share == 0)


@given(amounts_lists)
def test_a_larger_amount_never_gets_a_smaller_share(amounts):
    shares = largest_remainder(amounts)
    for i, a in enumerate(amounts):
        for j, b in enumerate(amounts):
            if a > b:
                assert shares[i] >= shares[j]


@given(amounts_lists)
def test_shares_depend_only_on_the_amounts_and_their_order(amounts):
    assert largest_remainder(amounts) == largest_remainder(list(amounts))
    reversed_shares = largest_remainder(amounts[::-1])
    for share, mirrored in zip(largest_remainder(amounts), reversed_shares[::-1]):
        assert abs(share - mirrored) <= Decimal("0.001")  # ties may go the other way, by one tenth at most


@pytest.mark.parametrize(("amounts", "expected"), [
    ([1, 1, 1], ["33,4%", "33,3%", "33,3%"]),  # equal remainders: the earlier line first
    ([1, 1, 1, 1, 1, 1], ["16,7%", "16,7%", "16,7%", "16,7%", "16,6%", "16,6%"]),
    ([1, 4, 1], ["16,7%", "66,7%", "16,6%"]),  # three equal remainders, two tenths missing
    ([5, 0], ["100,0%", "0,0%"]),
])
def test_ties_go_to_the_earlier_item(amounts, expected):
    shares = largest_remainder(amounts)
    assert [percent(share) for share in shares] == expected
    assert sum(shares) == 1


@pytest.mark.parametrize("amounts", [[], [0, 0], [3, -1]])
def test_shares_of_nothing_or_of_a_negative_amount_are_refused(amounts):
    with pytest.raises(ValueError):
        largest_remainder(amounts)


# Totals per recipient (plan/queries/budget.py)

def test_real_budget_totals_per_recipient(plan):
    totals = recipient_totals(plan.budget)
    assert [(t.recipient.units if t.recipient else None, [line.id for line in t.lines], t.amount_million_vnd)
            for t in totals] == [([SNV], ["kp-1", "kp-3"], 1100), (None, ["kp-2", "kp-4"], 750)]
    assert sum(t.amount_million_vnd for t in totals) == plan.budget.total_million_vnd


def test_totals_follow_first_appearance_with_the_not_named_group_last():
    budget = _budget((5, None), (7, _cell("Sở Tài chính", "so-tai-chinh")), (3, _cell("Sở Nội vụ", SNV)),
                     (2, _cell("SNV", SNV)), (1, None))
    totals = recipient_totals(budget)
    assert [(t.recipient.units if t.recipient else None, t.amount_million_vnd) for t in totals] == [
        (["so-tai-chinh"], 7), ([SNV], 5), (None, 6)]
    assert [line.id for line in totals[-1].lines] == ["kp-1", "kp-5"]
    assert totals[1].recipient.text == "Sở Nội vụ"  # the first line's wording names the group


def test_an_empty_cell_is_not_named_and_a_joint_recipient_is_its_own_group():
    joint = _cell("Sở Nội vụ, Sở Tài chính", SNV, "so-tai-chinh")
    budget = _budget((4, _cell("")), (6, joint), (1, _cell("Sở Nội vụ", SNV)), (2, _cell("Ban  Quản lý")),
                     (3, _cell("Ban Quản lý")))
    totals = recipient_totals(budget)
    assert [(t.recipient.text if t.recipient else None, t.amount_million_vnd) for t in totals] == [
        ("Sở Nội vụ, Sở Tài chính", 6), ("Sở Nội vụ", 1), ("Ban  Quản lý", 5), (None, 4)]


def test_a_budget_where_every_recipient_is_named_has_no_not_named_group():
    totals = recipient_totals(_budget((1, _cell("Sở Nội vụ", SNV)), (2, _cell("Sở Nội vụ", SNV))))
    assert len(totals) == 1 and totals[0].recipient is not None and totals[0].amount_million_vnd == 3


# Bar names (plan/output/wording.py) and the page's context (plan/render/budget.py)

def test_real_bar_names_are_the_start_of_each_line_without_its_amount(plan):
    labels = [budget_line_label(line.text, LABEL_LIMIT) for line in plan.budget.lines]
    assert labels == [
        "Kinh phí chi thường xuyên cho hoạt động chỉ đạo…",
        "Kinh phí thực hiện công tác KSTTHC năm 2021",
        "Kinh phí điều tra xã hội học xác định Chỉ số CCHC…",
        "Kinh phí phục vụ thi CCHC",
    ]
    for label, line in zip(labels, plan.budget.lines):
        assert line.text.startswith(label.removesuffix("…")) and len(label) <= LABEL_LIMIT


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("Kinh phí phục vụ thi CCHC: 300 triệu đồng.", 52, "Kinh phí phục vụ thi CCHC"),
    ("Kinh phí: cấp cho Sở Nội vụ: 1.200 triệu đồng", 52, "Kinh phí: cấp cho Sở Nội vụ"),  # the last colon
    ("Kinh phí khác", 52, "Kinh phí khác"),  # no amount clause: whole
    (": 300 triệu đồng.", 52, ": 300 triệu đồng."),  # nothing before the amount: whole
    ("Một hai, ba bốn năm", 10, "Một hai…"),  # cut after a word, its comma dropped
    ("Một hai, ba bốn năm", 12, "Một hai, ba…"),  # a cut just before a space keeps the whole word
    ("Mộthaibabốnnăm", 6, "Mộtha…"),  # one long word: cut inside it
    ("Một  hai\nba: 5 triệu", 52, "Một hai ba"),  # spaces collapsed
])
def test_bar_names(text, limit, expected):
    assert budget_line_label(text, limit) == expected
    assert len(budget_line_label(text, limit)) <= limit


@given(st.text(st.sampled_from("ab :,1\n"), min_size=1, max_size=80), st.integers(min_value=2, max_value=60))
def test_a_bar_name_is_a_prefix_of_the_line_s_words_and_never_too_long(text, limit):
    label = budget_line_label(text, limit)
    assert len(label) <= limit
    assert " ".join(text.split()).startswith(label.removesuffix("…"))


def test_page_context_bars_and_shares(plan):
    context = budget_context(plan.budget)
    assert [bar.length for bar in context["line_bars"]] == ["37.5%", "56.2%", "100.0%", "37.5%"]
    assert [bar.recipient.units if bar.recipient else None for bar in context["line_bars"]] == [
        [SNV], None, [SNV], None]
    assert [bar.length for bar in context["recipient_bars"]] == ["100.0%", "68.2%"]
    assert sum(context["share_of"].values()) == 1
    assert sum(bar.share for bar in context["recipient_bars"]) == 1
