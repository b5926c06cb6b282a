"""What tests know of Material: its installed templates and English strings, and waiting for
its script, which starts on the reader's first use of a page (overrides/partials/start-on-use.html)."""

from __future__ import annotations

import re
from pathlib import Path

import material

THEME = Path(material.__file__).parent / "templates"


def translations(partial: Path) -> dict[str, str]:
    """Key → string of a translation partial (Material's languages/*.html and our custom.html share its form)."""
    return dict(re.findall(r'^\s*"([a-z.]+)": "(.*)",?$', partial.read_text(encoding="utf-8"), re.M))


ENGLISH = translations(THEME / "partials" / "languages" / "en.html")  # Material's fallback for every language
NOT_TEXT = {"language", "direction", "search.config.lang", "search.config.pipeline", "search.config.separator"}

MATERIAL_RAN = "() => window.document$ !== undefined"  # the bundle defines it as it runs
# The starter removes `md-pending` and, in the same task, dispatches the DOMContentLoaded
# that Material mounts its components on (synchronously, as RxJS subscriptions). A check
# that runs in any later task therefore sees every component mounted.
MATERIAL_MOUNTED = ("() => window.component$ !== undefined"
                    " && !document.documentElement.classList.contains('md-pending')")


def wait_for_material(page) -> None:
    """Until Material's bundle has run and mounted its components."""
    page.wait_for_function(MATERIAL_MOUNTED)
