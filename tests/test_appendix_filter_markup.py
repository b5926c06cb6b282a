"""The appendix filter's facets agree with the unit pages and the deadline page."""

from __future__ import annotations

import pytest

from plan.exports.owners import owners
from plan.model import paths
from plan.queries.obligations import Obligations
from plan.render.appendix_filter import AppendixFilter


@pytest.fixture(scope="module")
def facets(index):
    return AppendixFilter(index, owners(index, Obligations(index)))


def test_a_unit_has_what_its_page_lists_named_or_through_a_group(index, facets):
    owed = Obligations(index).of_unit("so-thong-tin-va-truyen-thong")
    for activity in index.plan.appendix.activities:
        attributes = str(facets.attributes(activity))
        routes = next((o.routes for o in owed if o.activity.id == activity.id), ())
        for role, slug in (("lead", "chu-tri"), ("coordinate", "phoi-hop")):
            listed = f'data-{slug}="' in attributes and "so-thong-tin-va-truyen-thong" in \
                attributes.split(f'data-{slug}="')[1].split('"')[0].split()
            assert listed == any(r.role == role for r in routes), (activity.id, role)


def test_levels_come_from_the_units_and_kinds_that_owe_the_activity(index, facets):
    district_work = {o.activity.id for o in Obligations(index).of_kind("district")}
    for activity in index.plan.appendix.activities:
        cap = str(facets.attributes(activity)).split('data-cap="')[1].split('"')[0].split()
        if activity.id in district_work:
            assert "huyen" in cap, activity.id


def test_choices_offer_every_unit_that_owes_work_and_every_kind(index, facets):
    offered = {value for _, choices in facets.unit_choices() for value, _ in choices}
    obligations = Obligations(index)
    assert {u.id for u in index.plan.units if obligations.of_unit(u.id)} <= offered
    assert {paths.kind_key(s) for s in ("so-ban-nganh", "ubnd-cap-huyen", "ubnd-cap-xa")} <= offered
    assert not offered & {r.id for r in index.plan.retired_units}
    assert [label for _, label in facets.deadline_choices()][0] == "Theo quý"
