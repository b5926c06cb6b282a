"""Every vocabulary has exactly one label per value the records allow (plan/model/vocabulary.py)."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from plan.model import deadlines, records, vocabulary

PAIRS = {
    "roles": (vocabulary.ROLES, records.Role),
    "unit kinds": (vocabulary.UNIT_KINDS, records.UnitKind),
    "levels": (vocabulary.LEVELS, records.Level),
    "comparators": (vocabulary.COMPARATORS, records.Comparator),
    "deadline kinds": (vocabulary.DEADLINE_KINDS, deadlines.Kind),
    "progress statuses": (vocabulary.STATUSES, records.Status),
    "reporting periods": (vocabulary.PERIODS, records.PeriodKind),
}


@pytest.mark.parametrize("name", PAIRS)
def test_labels_cover_exactly_the_model_s_values(name):
    table, literal = PAIRS[name]
    assert set(table) == set(get_args(literal)), name


def test_record_kinds_are_the_references_the_model_accepts():
    pattern = get_args(records.RecordRef)[1].pattern
    kinds = re.search(r"\^\((.*?)\)", pattern)[1].split("|")
    assert set(vocabulary.RECORD_KINDS) == set(kinds)


def test_deadline_kinds_have_distinct_orders():
    orders = [kind.order for kind in vocabulary.DEADLINE_KINDS.values()]
    assert len(set(orders)) == len(orders)


def test_filter_slugs_are_distinct_and_fit_a_page_address():
    slugs = [kind.slug for kind in vocabulary.DEADLINE_KINDS.values()] + list(vocabulary.ROLE_SLUGS.values())
    assert len(set(slugs)) == len(slugs) and all(re.fullmatch(r"[a-z]+(-[a-z]+)*", s) for s in slugs)


def test_levels_of_kinds_are_levels_and_kinds():
    assert set(vocabulary.KIND_LEVELS) <= set(get_args(records.UnitKind)) - {"collective"}
    assert set(vocabulary.KIND_LEVELS.values()) == set(vocabulary.LEVELS)


def test_every_field_an_inference_may_name_has_a_reader_s_label():
    fields = set()
    for record in (records.Objective, records.Task, records.Activity, records.Unit):
        fields |= set(record.model_fields)
    assert set(vocabulary.FIELD_LABELS) == fields
def test_statuses_move_forward_in_stages_and_periods_have_distinct_orders():
    stages = {name: words.stage for name, words in vocabulary.STATUSES.items()}
    assert stages["not_started"] < stages["in_progress"] <= stages["partly_completed"] < stages["completed"]
    assert stages["no_information"] is None  # never compared: a report without a status says nothing
    orders = [period.order for period in vocabulary.PERIODS.values()]
    assert len(set(orders)) == len(orders)
