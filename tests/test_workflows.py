"""The forge workflows and the pre-commit hooks are valid and use the README's commands."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from devtools.project import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def check_jsonschema(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", *args], capture_output=True, text=True)


def test_workflows_are_valid_github_workflows():
    assert {path.name for path in WORKFLOWS} == {"ci.yml", "deploy.yml"}
    for schema in ("vendor.github-workflows", "custom.github-workflows-require-timeout"):
        result = check_jsonschema("--builtin-schema", schema, *map(str, WORKFLOWS))
        assert result.returncode == 0, result.stdout + result.stderr


def test_an_invalid_workflow_is_caught(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    step: []\n", encoding="utf-8")
    assert check_jsonschema("--builtin-schema", "vendor.github-workflows", str(broken)).returncode != 0


def steps(workflow: str) -> list[str]:
    document = yaml.safe_load((ROOT / ".github" / "workflows" / workflow).read_text(encoding="utf-8"))
    return [step.get("run", "") for job in document["jobs"].values() for step in job.get("steps", [])]


def test_pull_requests_validate_build_test_and_upload_a_preview():
    document = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    assert "pull_request" in document[True]  # PyYAML reads the key `on` as True
    commands = " ".join(steps("ci.yml"))
    for command in ("scripts/setup-env --dev", "plan-check", "scripts/build", "scripts/test"):
        assert command in commands
    uses = [step.get("uses", "") for job in document["jobs"].values() for step in job["steps"]]
    assert any(use.startswith("actions/upload-artifact") for use in uses)


def test_main_is_deployed_to_pages_with_the_readme_build_command():
    document = yaml.safe_load((ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8"))
    assert document[True]["push"]["branches"] == ["main"]
    assert "scripts/build" in steps("deploy.yml")
    uses = [step.get("uses", "") for job in document["jobs"].values() for step in job["steps"]]
    assert any(use.startswith("actions/deploy-pages") for use in uses)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/build" in readme and "scripts/test" in readme


def pre_commit_validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", "validate-config", str(path)],
                          capture_output=True, text=True)


def test_pre_commit_config_is_valid_and_a_broken_one_is_caught(tmp_path):
    result = pre_commit_validate(ROOT / ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / ".pre-commit-config.yaml"
    broken.write_text("repos:\n  - repo: local\n    hooks:\n      - id: plan-check\n        entry: python -m plan\n",
                      encoding="utf-8")
    result = pre_commit_validate(broken)
    assert result.returncode != 0 and "Missing required key: name" in result.stdout + result.stderr


@pytest.mark.parametrize("hook", yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"],
                         ids=lambda hook: hook["id"])
def test_pre_commit_hooks_run_and_pass_on_the_real_data(hook):
    assert hook["language"] == "system" and hook["pass_filenames"] is False
    command = shlex.split(hook["entry"])
    assert command[0] == "python"
    result = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
