"""`scripts/build serve` follows the data: a broken edit shows its problems, the fix brings the site back."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.support.fixtures import TODAY, minimal_text

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:  # the preview answers unknown pages with its 404 page
        return error.read().decode("utf-8")


def _wait_for(url: str, words: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            text = _page(url)
            if words in text:
                return text
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not show {words!r} within {seconds} s; last page:\n{text[-1500:]}")


def test_the_preview_shows_problems_and_recovers(site_workdir, tmp_path):
    data = tmp_path / "plan.yaml"
    data.write_text(minimal_text().replace("  - id: '3.48'\n", "\t- id: '3.48'\n"), encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "PLAN_DATA": str(data), "PLAN_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=site_workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/ke-hoach-cchc-2022/"
    try:
        broken = _wait_for(base, "Dữ liệu kế hoạch đang có lỗi")
        assert "[yaml-tab]" in broken and "fix:" in broken
        assert "[yaml-tab]" in _page(base + "phu-luc/"), "every address shows the problems"
        data.write_text(minimal_text(), encoding="utf-8")
        fixed = _wait_for(base + "phu-luc/", "Phát hành văn bản đôn đốc")
        assert "[yaml-tab]" not in fixed
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "Traceback" not in output, output[-3000:]
