"""mkdocs-macros entry point: load the plan once, register one macro per page kind.

All rendering lives in the `plan.render` package; this module only wires it in.
"""

from plan import load_plan
from plan.queries import PlanIndex
from plan.render import pages


def define_env(env):
    index = PlanIndex(load_plan())

    def page_url() -> str:
        return env.page.url if env.page is not None else ""

    def register(name, function):
        env.macro(lambda *args: function(index, page_url(), *args), name)

    for name, function in pages.PAGE_MACROS.items():
        register(name, function)
