"""mkdocs-macros entry point: register one macro per page kind of this build.

The plan is loaded and checked once per build by the `plan` plugin
(plan/site/plugin.py), listed before `macros` in mkdocs.yml; its build object
renders every page kind. This module only wires the two together.
"""


def define_env(env):
    def current_page() -> tuple[str, str]:
        page = env.page
        return (page.file.src_uri, page.url) if page is not None else ("", "")

    build = env.conf.plugins["plan"].build
    if build is None:  # `mkdocs serve` with invalid data: the preview shows the problems, no page calls a macro
        return
    for name, macro in build.macros(current_page).items():
        env.macro(macro, name)
