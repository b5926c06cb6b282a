"""The W3C Nu HTML checker (npm package vnu-jar, run with Java) on a built site.

scripts/setup-env --dev installs it into .tools/ (and Java with apt when missing).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from devtools.project import ROOT

VERSION = "26.9.27"
JAR = ROOT / ".tools" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


class CheckerMissing(RuntimeError):
    pass


def check(site: Path) -> list[dict]:
    """Every error and warning the checker reports on the HTML files under `site`."""
    java = shutil.which("java")
    if java is None or not JAR.exists():
        raise CheckerMissing(f"the Nu checker needs Java and {JAR}: run scripts/setup-env --dev")
    result = subprocess.run([java, "-jar", str(JAR), "--format", "json", "--skip-non-html", str(site)],
                            capture_output=True, text=True, timeout=600)
    return json.loads(result.stderr or '{"messages": []}')["messages"]
