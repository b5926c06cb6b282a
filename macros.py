"""mkdocs-macros entry point: register one macro per page kind of this build.

The plan is loaded and checked once per build by the `plan` plugin
(plan/site/plugin.py), listed before `macros` in mkdocs.yml; its pages
object renders every page kind. This module only wires the two together.
"""


def define_env(env):
    pages = env.conf.plugins["plan"].build.pages

    def page_url() -> str:
        return env.page.url if env.page is not None else ""

    def register(name, function):
        env.macro(lambda *args: function(page_url(), *args), name)

    for name, function in pages.macros().items():
        register(name, function)
