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

With reports (the default), every unit that leads an activity (the first
named lead of each activity) issues four quarterly reports, one entry for
each of those activities, moving forward quarter by quarter (started, 45 %,
70 %, then completed or 90 %), with evidence on the last; Sở Nội vụ's
reports also give a value for every indicator at each of its levels.
Activities with no lead cell are reported by Sở Nội vụ with a note. So a
plan N× the real one has 4 × N × 39 progress entries.

    .venv/bin/python bench/synthetic.py 10 /tmp/plan-10x.yaml [--no-reports]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import re
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


QUARTERS = [("q1", dt.date(2022, 3, 25)), ("q2", dt.date(2022, 6, 25)), ("q3", dt.date(2022, 9, 25)),
            ("q4", dt.date(2022, 12, 20))]
CONSOLIDATOR = "so-noi-vu"  # receives the reports (III.3); reports for activities with no lead cell


def _quarter_entry(activity: dict, quarter: int, position: int, note: str | None) -> dict:
    """The activity's entry in quarter `quarter` (0–3): never going backwards, percent agreeing with status."""
    if quarter == 0:
        entry = {"status": "not_started"} if position % 3 == 0 else {"status": "in_progress", "percent": 20}
    elif quarter < 3:
        entry = {"status": "in_progress", "percent": 45 if quarter == 1 else 70}
    elif position % 2 == 0:
        entry = {"status": "completed", "evidence": [{"number": f"{position + 1}/QĐ-UBND", "date": dt.date(2022, 12, 1),
                                                      "title": f"Văn bản hoàn thành hoạt động {activity['id']}",
                                                      "url": f"https://example.org/van-ban/{position + 1}.pdf"}]}
    else:
        entry = {"status": "partly_completed", "percent": 90}
    entry = {"activity": activity["id"], **entry,
             "quote": f"Kết quả thực hiện hoạt động {activity['id']} trong quý {quarter + 1} (số liệu thử)."}
    if note:
        entry["note"] = note
    return entry


def _indicator_values(indicators: list[dict], quarter: int) -> list[dict]:
    return [{"indicator": i["id"], **({"level": level} if level else {}), "value": 10 * (quarter + 1),
             "quote": f"Chỉ tiêu {i['id']} đạt {10 * (quarter + 1)} (số liệu thử)."}
            for i in indicators for level in (i.get("levels") or [None])]


def _initials(unit_id: str) -> str:
    """A report number's issuer part as units write it ("so-noi-vu" → "SNV"; a copy keeps its "-b3")."""
    words = unit_id.split("-")
    copy_tag = f"-{words.pop()}" if re.fullmatch(r"b[0-9]+", words[-1]) else ""
    return "".join(word[0] for word in words).upper() + copy_tag.upper()


def synthetic_reports(data: dict) -> list[dict]:
    """Four quarterly reports from each unit that is the first named lead of an activity, for those activities."""
    by_issuer: dict[str, list[tuple[int, dict]]] = {}
    for position, activity in enumerate(data["appendix"]["activities"]):
        lead = (activity.get("lead") or {}).get("units") or [CONSOLIDATOR]
        by_issuer.setdefault(lead[0], []).append((position, activity))
    reports = []
    for quarter, (period, day) in enumerate(QUARTERS):
        for issuer, activities in by_issuer.items():
            entries = [_quarter_entry(a, quarter, position,
                                      None if (a.get("lead") or {}).get("units") else "Hoạt động không có ô chủ trì.")
                       for position, a in activities]
            report = {"id": f"bc-{issuer}-{period}-2022", "number": f"{quarter + 1}/BC-{_initials(issuer)}",
                      "date": day, "title": f"Báo cáo CCHC {period} năm 2022 (số liệu thử)", "issuer": issuer,
                      "period": period, "year": 2022, "activities": entries}
            if issuer == CONSOLIDATOR:
                report["indicators"] = _indicator_values(data["indicators"], quarter)
            reports.append(report)
    return reports


class _NoAliases(yaml.SafeDumper):
    """The dataset refuses YAML aliases, which a dump writes for a value (a date) used twice."""

    def ignore_aliases(self, data) -> bool:
        return True


def write_synthetic_plan(factor: int, target: Path, source: Path = DATA_FILE, reports: bool = True) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    plan = synthetic_plan(data, factor)
    if reports:
        plan["reports"] = synthetic_reports(plan)
    text = yaml.dump(plan, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10_000)
    target.write_text(text, encoding="utf-8")
    load_plan(target)  # raises PlanInvalid if the copy broke a rule
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factor", type=int)
    parser.add_argument("target", type=Path)
    parser.add_argument("--no-reports", action="store_true", help="no progress reports")
    arguments = parser.parse_args()
    write_synthetic_plan(arguments.factor, arguments.target, reports=not arguments.no_reports)
    print(arguments.target)


if __name__ == "__main__":
    main()
