"""Where the real plan's build time goes (not a test): imports, each plugin's events, Markdown.

    .venv/bin/python bench/phases.py [--runs 5] [--cpu]

Each run is a fresh process that imports what a build imports, timing the
plan package and mkdocs-macros separately, then runs `mkdocs build` with a
timer around every event handler of every plugin (the plan plugin counts as the
plugin "plan") and around Markdown conversion. Prints the median of each
figure in milliseconds; the rest of the build (theme templates, copying files,
MkDocs itself) is what remains of the total. With --cpu the figures are the
process's CPU time (user + system) instead of wall time: steadier on a shared
machine, where other work stretches wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

from devtools.project import ROOT

clock = time.perf_counter  # time.process_time with --cpu


def _timed(totals: Counter, label: str, function):
    def timed(*args, **kwargs):
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += clock() - start
    return timed


def _import_seconds(module: str) -> float:
    start = clock()
    __import__(module)
    return clock() - start


def measure_once(site_dir: str) -> dict[str, float]:
    """One build in this process; seconds per phase."""
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    totals: Counter = Counter()
    start = clock()
    totals["import MkDocs, Material, Markdown"] = sum(_import_seconds(m) for m in (
        "mkdocs.commands.build", "mkdocs.config", "material.plugins.search.plugin", "markdown", "pymdownx.superfences"))
    totals["import mkdocs-macros"] = _import_seconds("mkdocs_macros.plugin")
    totals["import plan package (pydantic, Babel, icalendar, …)"] = sum(_import_seconds(m) for m in ("plan.site.plugin", "macros"))

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import PluginCollection
    from mkdocs.structure.pages import Page

    register = PluginCollection._register_event

    def register_timed(self, event_name, method, plugin_name=None):
        label = f"{plugin_name or 'mkdocs'}: on_{event_name}"
        register(self, event_name, _timed(totals, label, method), plugin_name=plugin_name)

    PluginCollection._register_event = register_timed
    Page.render = _timed(totals, "Markdown → HTML (Page.render)", Page.render)
    config = _timed(totals, "load mkdocs.yml", load_config)(site_dir=site_dir)
    build(config)
    totals["total"] = clock() - start
    return dict(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="CPU time (user + system) instead of wall time")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    global clock
    clock = time.process_time if arguments.cpu else time.perf_counter
    if arguments.child:
        print(json.dumps(measure_once(arguments.child)))
        return
    runs = []
    with tempfile.TemporaryDirectory(prefix="plan-phases-") as scratch:
        for _ in range(arguments.runs):
            command = [sys.executable, __file__, "--child", scratch] + (["--cpu"] if arguments.cpu else [])
            result = subprocess.run(command, capture_output=True, text=True,
                                    check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
            runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    labels = sorted({label for run in runs for label in run}, key=lambda label: -statistics.median(
        run.get(label, 0) for run in runs))
    unit = "CPU ms" if arguments.cpu else "ms"
    print(f"| phase (median of {len(runs)} builds of the real plan) | {unit} |\n|---|---:|")
    for label in labels:
        median = statistics.median(run.get(label, 0) for run in runs) * 1000
        if median >= 5 or label == "total":
            print(f"| {label} | {median:.0f} |")


if __name__ == "__main__":
    main()
