"""CONTRIBUTING.md explains every validation code the checker can print."""

from __future__ import annotations

import re
from devtools.project import ROOT

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
                    "Sửa một khoản kinh phí", "vì sao không bao giờ đổi", "Ví dụ đầy đủ", "scripts/build serve"):
        assert heading in guide, heading


def test_guide_examples_match_the_data():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    data = (ROOT / "data" / "plan.yaml").read_text(encoding="utf-8")
    assert "deadline: Quý IV năm 2021" in data and "Quý IV năm 2021" in guide
    assert "units: [so-noi-vu, cac-so-ban-nganh, ubnd-cac-huyen-thanh-pho]" in data
    assert "# yaml-language-server: $schema=../schema/plan.schema.json" in data.splitlines()[0]
