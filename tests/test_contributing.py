"""CONTRIBUTING.md explains every validation code the checker can print."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from devtools.project import ROOT
from plan.load.loader import load

SOURCES = sorted((ROOT / "plan" / "load").rglob("*.py"))


def codes_in_code() -> set[str]:
    codes: set[str] = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'"([a-z]+(?:-[a-z]+)+)"', text))
        # unknown(<path>, "<kind>", ...) builds the code "unknown-<kind>"
        codes |= {"unknown-" + kind.replace("_", "-") for kind in re.findall(r'unknown\(.*?\), "([a-z_]+)"', text)}
    codes.add("invalid")
    return codes


def test_every_validation_code_is_explained_in_vietnamese():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", guide))
    codes = codes_in_code()
    assert {"unknown-unit", "unquoted-number", "yaml-tab", "invisible-character"} <= codes
    assert not codes - documented, f"explain these codes in CONTRIBUTING.md: {sorted(codes - documented)}"


def test_guide_covers_the_editor_tasks():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for heading in ("Sửa nội dung một hoạt động", "Thêm một hoạt động", "Đổi thời hạn", "Thêm hoặc sửa một đơn vị",
                    "Sửa một khoản kinh phí", "vì sao không bao giờ đổi", "Ví dụ đầy đủ", "scripts/build serve",
                    "Thêm một báo cáo tiến độ"):
        assert heading in guide, heading


def test_guide_examples_match_the_data():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    data = (ROOT / "data" / "plan.yaml").read_text(encoding="utf-8")
    assert "deadline: Quý IV năm 2021" in data and "Quý IV năm 2021" in guide
    assert "units: [so-noi-vu, cac-so-ban-nganh, ubnd-cac-huyen-thanh-pho]" in data
    assert "# yaml-language-server: $schema=../schema/plan.schema.json" in data.splitlines()[0]


def test_the_report_example_is_valid_with_the_real_data(tmp_path):
    """The guide's worked example, added at the end of data/plan.yaml as it says, passes every check and warns of nothing."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = guide.split("### Thêm một báo cáo tiến độ", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S)[1]
    example = textwrap.dedent(block)
    assert example.startswith("reports:\n- id: ")
    data = (ROOT / "data" / "plan.yaml").read_text(encoding="utf-8")
    if re.search(r"^reports:", data, re.M):  # reports recorded since: the example goes under them, as the guide says
        example = example.split("\n", 1)[1].replace("- id: bc-so-noi-vu-quy-1-2022", "- id: bc-vi-du-huong-dan")
    target = tmp_path / "plan.yaml"
    target.write_text(data.rstrip("\n") + "\n" + example, encoding="utf-8")
    loaded = load(target, on=dt.date(2026, 12, 1))
    assert len(loaded.plan.reports[-1].activities) == 2 and loaded.warnings == []
