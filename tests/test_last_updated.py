"""Every page says when the data last changed; the change log lists dated changes."""

from __future__ import annotations

import datetime as dt
import subprocess

from plan.site.last_updated import data_last_changed
from tests.support.html import html_of

PAGES = ["", "quyet-dinh/", "ke-hoach/", "phu-luc/", "don-vi/", "don-vi/so-noi-vu/", "thoi-han/", "kinh-phi/",
         "du-lieu/", "nguon/", "lich-su/", "huong-dan-bien-tap/"]


def test_every_page_shows_when_the_data_last_changed(built_site, plan):
    for path in PAGES:
        stamp = html_of(built_site, path).select_one(".last-updated time")
        assert stamp is not None, path
        shown = dt.date.fromisoformat(stamp["datetime"])
        assert shown >= plan.meta.last_updated
        assert stamp.get_text() == shown.strftime("%d/%m/%Y")


def test_without_git_history_the_dataset_date_is_used(tmp_path):
    data = tmp_path / "plan.yaml"
    data.write_text("x: 1\n", encoding="utf-8")
    changed = data_last_changed(data, dt.date(2022, 3, 1))
    assert (changed.date, changed.source) == (dt.date(2022, 3, 1), "meta")


def test_a_later_commit_wins_over_a_stale_dataset_date(tmp_path):
    data = tmp_path / "plan.yaml"
    data.write_text("x: 1\n", encoding="utf-8")
    environment = {"GIT_COMMITTER_DATE": "2023-05-06T10:00:00", "GIT_AUTHOR_DATE": "2023-05-06T10:00:00",
                   "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for command in (["git", "init", "-q"], ["git", "add", "plan.yaml"],
                    ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "edit"]):
        subprocess.run(command, cwd=tmp_path, env=environment, check=True)
    assert data_last_changed(data, dt.date(2022, 3, 1)).date == dt.date(2023, 5, 6)
    assert data_last_changed(data, dt.date(2024, 1, 1)).source == "meta"


def test_change_log_lists_dated_changes_newest_first(built_site, plan):
    soup = html_of(built_site, "lich-su/")
    dates = [time["datetime"] for time in soup.select(".change-log time")]
    assert dates == sorted((c.date.isoformat() for c in plan.changes), reverse=True)
    assert "30/12/2021" in soup.select_one(".change-log").get_text()
    assert soup.select_one(".change-log a[href='../quyet-dinh/']")


def test_editing_guide_page_shows_contributing(built_site):
    soup = html_of(built_site, "huong-dan-bien-tap/")
    assert soup.find("h1").get_text().rstrip("¶") == "Hướng dẫn biên tập dữ liệu kế hoạch"
    assert soup.find(string=lambda text: text and "unknown-unit" in text)
