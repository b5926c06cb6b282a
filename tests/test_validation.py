"""The checker and the build agree, print located messages without tracebacks, and leave no half-built site."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from devtools.project import DATA_FILE
from devtools.site_build import build_in_process, build_site
from plan.load.loader import load
from plan.model.errors import PlanInvalid
from plan.render.pages import SitePages
from tests.support.fixtures import MINIMAL, TODAY, edited


def _write(tmp_path, text: str):
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_several_problems_are_reported_together(tmp_path):
    text = edited("  total_million_vnd: 750", "  total_million_vnd: 700")
    text = edited("    task: '2.15'\n", "    task: '2.99'\n", text)
    text = edited("  comparator: tối thiểu\n", "  comparator: toi thieu\n", text)
    with pytest.raises(PlanInvalid) as caught:
        load(_write(tmp_path, text), on=TODAY)
    assert {"not-allowed"} <= {issue.code for issue in caught.value.issues}  # shape problems come first
    text = edited("  comparator: toi thieu\n", "  comparator: tối thiểu\n", text)
    with pytest.raises(PlanInvalid) as caught:
        load(_write(tmp_path, text), on=TODAY)
    assert {"budget-total", "unknown-task"} <= {issue.code for issue in caught.value.issues}


def test_the_check_command_prints_located_messages_and_passes_the_real_data(tmp_path):
    bad = _write(tmp_path, edited("units: [so-tai-chinh]\n    coordinating:\n      text: |-",
                                  "units: [so-tai-chinhh]\n    coordinating:\n      text: |-"))
    env = {**os.environ, "PLAN_TODAY": TODAY.isoformat()}
    result = subprocess.run([sys.executable, "-m", "plan", str(bad)], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{bad}:" in result.stderr and "[unknown-unit]" in result.stderr
    assert "fix: did you mean 'so-tai-chinh'?" in result.stderr
    good = subprocess.run([sys.executable, "-m", "plan", str(DATA_FILE)], capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert "valid (18 objectives, 26 tasks, 39 activities" in good.stdout and "every page and data file renders" in good.stdout


def test_an_invalid_dataset_stops_the_build_with_no_traceback(tmp_path):
    bad = _write(tmp_path, edited("  - id: '3.48'\n", "\t- id: '3.48'\n"))
    workdir = tmp_path / "build"
    workdir.mkdir()
    (workdir / "site" / "phu-luc").mkdir(parents=True)
    (workdir / "site" / "index.html").write_text("an earlier build")
    result = build_site(workdir, data_file=bad, extra_env={"PLAN_TODAY": TODAY.isoformat()})
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "[yaml-tab]" in output and "fix:" in output
    assert "Traceback" not in output
    assert not (workdir / "site" / "index.html").exists() and not (workdir / "site" / "phu-luc").exists()


def test_a_symlinked_output_folder_is_refused(site_workdir, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not ours")
    link = tmp_path / "site"
    link.symlink_to(elsewhere)
    outcome = build_in_process(site_workdir, MINIMAL, link)
    assert outcome.failed and "symbolic link" in outcome.log and "fix:" in outcome.log
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]


@pytest.mark.parametrize("site_url", ['https://x.invalid/"><script>alert(1)</script>', "javascript:alert(1)//x",
                                      "https://x.invalid/a b/", "ftp://x.invalid/"])
def test_an_unsafe_site_address_is_refused(site_workdir, tmp_path, monkeypatch, site_url):
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())
    monkeypatch.setenv("SITE_URL", site_url)
    outcome = build_in_process(site_workdir, MINIMAL, tmp_path / "site")
    assert outcome.failed and "site_url" in outcome.log, outcome.log  # ours, or MkDocs' own URL check
    assert "fix: set SITE_URL" in outcome.log or "The URL isn't valid" in outcome.log
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_fault_in_rendering_stops_the_build_with_what_to_do(site_workdir, tmp_path, monkeypatch):
    """Code that raises while rendering (never the data's doing) ends as one clear build error."""
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())

    def broken(self, page_url):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(SitePages, "budget_page", broken)
    outcome = build_in_process(site_workdir, MINIMAL, tmp_path / "site")
    assert outcome.failed and "kinh-phi.md: the page could not be rendered" in outcome.log
    assert "ZeroDivisionError" in outcome.log and "fault in the site's code" in outcome.log
    assert not (tmp_path / "site" / "index.html").exists()
