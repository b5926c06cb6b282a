"""Each build keeps its own state: two builds in one process, of different data, are each right."""

from __future__ import annotations

from devtools.site_build import build_in_process
from tests.support.fixtures import TODAY, edited
from tests.support.html import html_of


def test_two_builds_in_one_process_each_show_their_own_data(site_workdir, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(edited("    text: Phát hành văn bản đôn đốc\n", "    text: Hoạt động của lần dựng thứ nhất\n"),
                     encoding="utf-8")
    second.write_text(edited("    text: Phát hành văn bản đôn đốc\n", "    text: Hoạt động của lần dựng thứ hai\n"),
                      encoding="utf-8")
    for data, site in ((first, tmp_path / "site-1"), (second, tmp_path / "site-2")):
        outcome = build_in_process(site_workdir, data, site)
        assert not outcome.failed, outcome.log[-3000:]
    one, two = (html_of(tmp_path / name, "phu-luc/").get_text() for name in ("site-1", "site-2"))
    assert "lần dựng thứ nhất" in one and "lần dựng thứ hai" not in one
    assert "lần dựng thứ hai" in two and "lần dựng thứ nhất" not in two
    calendar = (tmp_path / "site-2" / "du-lieu" / "lich" / "so-tai-chinh.ics").read_text(encoding="utf-8")
    assert "thứ hai" in calendar.replace("\r\n ", "") and "thứ nhất" not in calendar.replace("\r\n ", "")
