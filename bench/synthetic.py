"""Synthetic plans N times the size of the real one, for the build benchmark.

Copy k (k = 1 … N-1) of the appendix repeats every objective, task and activity
with fresh ids (1.x, 2.x, 3.x numbered on after the real ones), every named unit
with its own id and spellings ("Sở Nội vụ (bản 3)"), and every budget line and
funding note; unit cells and budget recipients are rewritten to name copy k's
units, so the result passes the same validation as data/plan.yaml. The
appendix keeps its six sections (ids are Roman numerals, and I–VI are what the
site numbers), so sections hold N times as many objectives.

Collectives ("Các sở, ban, ngành") are not copied: one is defined by the kinds
of unit it covers, so a copy would be the same group under another name. Copy
k's cells name the real collectives, which therefore cover N times as many
members and are given N times as much work.

    .venv/bin/python bench/synthetic.py 10 /tmp/plan-10x.yaml
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

import yaml

from devtools.project import DATA_FILE
from plan.load.loader import load_plan
from plan.model.unit_names import unit_spellings


def _number(record_id: str) -> int:
    return int(record_id.split(".")[1])


class Renamer:
    """Ids and spellings of copy k of the plan."""

    def __init__(self, data: dict, copy_index: int):
        appendix = data["appendix"]
        self.k = copy_index
        self.offsets = {prefix: max(_number(r["id"]) for r in appendix[key])
                        for prefix, key in (("1", "objectives"), ("2", "tasks"), ("3", "activities"))}

    def record(self, record_id: str | None) -> str | None:
        if record_id is None:
            return None
        prefix, number = record_id.split(".")
        return f"{prefix}.{int(number) + self.k * self.offsets[prefix]}"

    def slug(self, slug: str) -> str:
        return f"{slug}-b{self.k}"

    def spelling(self, text: str) -> str:
        return f"{text} (bản {self.k})"


def _copy_cell(cell: dict | None, names, collectives: set[str], renamer: Renamer) -> dict | None:
    """The same cell naming copy k's units instead of the real ones (collectives stay the real ones)."""
    if cell is None:
        return None
    text = cell["text"]
    for mention in reversed(names.read(text).mentions):
        if mention.unit not in collectives:
            text = text[: mention.start] + renamer.spelling(text[mention.start: mention.end]) + text[mention.end:]
    return {"text": text, "units": [unit if unit in collectives else renamer.slug(unit) for unit in cell["units"]]}


def _copy_units(units: list[dict], renamer: Renamer) -> list[dict]:
    copies = []
    for unit in units:
        if unit["kind"] == "collective":
            continue
        duplicate = copy.deepcopy(unit)
        duplicate["id"] = renamer.slug(unit["id"])
        duplicate["name"] = renamer.spelling(unit["name"])
        duplicate["aliases"] = [renamer.spelling(alias) for alias in unit.get("aliases", [])]
        copies.append(duplicate)
    return copies


def _copy_appendix(appendix: dict, names, collectives: set[str], renamer: Renamer, gap_refs: list[str]) -> dict:
    objectives = [{**copy.deepcopy(o), "id": renamer.record(o["id"])} for o in appendix["objectives"]]
    tasks = []
    for task in appendix["tasks"]:
        duplicate = copy.deepcopy(task)
        duplicate.update(id=renamer.record(task["id"]), objective=renamer.record(task["objective"]))
        if task.get("merged_with_activity"):
            duplicate["merged_with_activity"] = renamer.record(task["merged_with_activity"])
        tasks.append(duplicate)
    activities = []
    for activity in appendix["activities"]:
        duplicate = copy.deepcopy(activity)
        duplicate.update(id=renamer.record(activity["id"]), objective=renamer.record(activity["objective"]),
                         task=renamer.record(activity["task"]),
                         lead=_copy_cell(activity["lead"], names, collectives, renamer),
                         coordinating=_copy_cell(activity["coordinating"], names, collectives, renamer))
        if activity.get("funding"):
            duplicate["funding"] = renamer.slug(activity["funding"])
        if activity["text"] is None:
            gap_refs.append(f"activity:{duplicate['id']}")
        activities.append(duplicate)
    return {"objectives": objectives, "tasks": tasks, "activities": activities}


def _copy_budget(budget: dict, names, collectives: set[str], renamer: Renamer) -> tuple[list[dict], list[dict]]:
    lines = []
    for line in budget["lines"]:
        duplicate = {**copy.deepcopy(line), "id": renamer.slug(line["id"])}
        recipient = line.get("recipient")
        if recipient:
            duplicate["recipient"] = _copy_cell(recipient, names, collectives, renamer)
            duplicate["text"] = line["text"].replace(recipient["text"], duplicate["recipient"]["text"])
        lines.append(duplicate)
    notes = [{**note, "id": renamer.slug(note["id"])} for note in budget["funding_notes"]]
    return lines, notes


def synthetic_plan(data: dict, factor: int) -> dict:
    """The plan `data` (as read from YAML) with its appendix, units and budget repeated `factor` times."""
    names = unit_spellings(load_plan(DATA_FILE).units)
    result = copy.deepcopy(data)
    appendix, budget = result["appendix"], result["budget"]
    collectives = {unit["id"] for unit in data["units"] if unit["kind"] == "collective"}
    gap_refs: list[str] = []
    for k in range(1, factor):
        renamer = Renamer(data, k)
        for key, records in _copy_appendix(data["appendix"], names, collectives, renamer, gap_refs).items():
            appendix[key].extend(records)
        result["units"].extend(_copy_units(data["units"], renamer))
        lines, notes = _copy_budget(data["budget"], names, collectives, renamer)
        budget["lines"].extend(lines)
        budget["funding_notes"].extend(notes)
    budget["total_million_vnd"] = sum(line["amount_million_vnd"] for line in budget["lines"])
    if gap_refs:
        result["source_gaps"][0]["affects"].extend(gap_refs)
    return result


def write_synthetic_plan(factor: int, target: Path, source: Path = DATA_FILE) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    text = yaml.safe_dump(synthetic_plan(data, factor), allow_unicode=True, sort_keys=False, width=10_000)
    target.write_text(text, encoding="utf-8")
    load_plan(target)  # raises PlanInvalid if the copy broke a rule
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factor", type=int)
    parser.add_argument("target", type=Path)
    arguments = parser.parse_args()
    write_synthetic_plan(arguments.factor, arguments.target)
    print(arguments.target)


if __name__ == "__main__":
    main()
