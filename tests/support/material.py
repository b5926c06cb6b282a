"""Waiting for Material's script, which starts on the reader's first use of a page
(overrides/partials/start-on-use.html)."""

from __future__ import annotations

MATERIAL_RAN = "() => window.document$ !== undefined"  # the bundle defines it as it runs


def wait_for_material(page) -> None:
    """Until Material's bundle has run and mounted its components (in the task after)."""
    page.wait_for_function(MATERIAL_RAN)
    page.wait_for_timeout(300)
