"""Synthetic plans N times the size of the real one, for the build benchmark.

Copy k (k = 1 … N-1) of the appendix repeats every objective, task and activity
with fresh ids (1.x, 2.x, 3.x numbered on after the real ones), and every budget
line and funding note, so the result passes the same validation as
data/plan.yaml. The appendix keeps its six sections (ids are Roman numerals,
and I–VI are what the site numbers), so sections hold N times as many
objectives.

Units are not copied: a larger plan gives the same province's units more work.
Each unit page therefore holds N times as many activities while the number of
pages stays the same, so the site grows linearly with N. (Copying units too
would make every copy of a department also owe every collective's work: N
times the pages, each N times as long.)

    .venv/bin/python bench/synthetic.py 10 /tmp/plan-10x.yaml
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

import yaml

from devtools.project import DATA_FILE
from plan.load.loader import load_plan


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


def _copy_appendix(appendix: dict, renamer: Renamer, gap_refs: list[str]) -> dict:
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
                         task=renamer.record(activity["task"]))
        if activity.get("funding"):
            duplicate["funding"] = renamer.slug(activity["funding"])
        if activity["text"] is None:
            gap_refs.append(f"activity:{duplicate['id']}")
        activities.append(duplicate)
    return {"objectives": objectives, "tasks": tasks, "activities": activities}


def _copy_budget(budget: dict, renamer: Renamer) -> tuple[list[dict], list[dict]]:
    lines = [{**copy.deepcopy(line), "id": renamer.slug(line["id"])} for line in budget["lines"]]
    notes = [{**note, "id": renamer.slug(note["id"])} for note in budget["funding_notes"]]
    return lines, notes


def synthetic_plan(data: dict, factor: int) -> dict:
    """The plan `data` (as read from YAML) with its appendix and budget repeated `factor` times."""
    result = copy.deepcopy(data)
    appendix, budget = result["appendix"], result["budget"]
    gap_refs: list[str] = []
    for k in range(1, factor):
        renamer = Renamer(data, k)
        for key, records in _copy_appendix(data["appendix"], renamer, gap_refs).items():
            appendix[key].extend(records)
        lines, notes = _copy_budget(data["budget"], renamer)
        budget["lines"].extend(lines)
        budget["funding_notes"].extend(notes)
    budget["total_million_vnd"] = sum(line["amount_million_vnd"] for line in budget["lines"])
    if gap_refs:
        result["source_gaps"][0]["affects"].extend(gap_refs)
    for note in result["notes"]:
        note["applies_to"] = note["applies_to"] + _copied_refs(note["applies_to"], factor, data)
    return result


def _copied_refs(refs: list[str], factor: int, data: dict) -> list[str]:
    """A note about an activity (an odd deadline, say) is about each copy of it too."""
    kinds = ("objective", "task", "activity")
    return [f"{kind}:{Renamer(data, k).record(record_id)}"
            for k in range(1, factor) for ref in refs if ":" in ref
            for kind, record_id in [ref.split(":", 1)] if kind in kinds]


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
