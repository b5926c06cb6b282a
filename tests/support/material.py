"""Waiting for Material's script, which starts on the reader's first use of a page
(overrides/partials/start-on-use.html)."""

from __future__ import annotations

MATERIAL_RAN = "() => window.document$ !== undefined"  # the bundle defines it as it runs
# The starter removes `md-pending` and, in the same task, dispatches the DOMContentLoaded
# that Material mounts its components on (synchronously, as RxJS subscriptions). A check
# that runs in any later task therefore sees every component mounted.
MATERIAL_MOUNTED = ("() => window.component$ !== undefined"
                    " && !document.documentElement.classList.contains('md-pending')")


def wait_for_material(page) -> None:
    """Until Material's bundle has run and mounted its components."""
    page.wait_for_function(MATERIAL_MOUNTED)
