"""The MkDocs plugin `plan`: the only place where the package meets MkDocs events.

It keeps one `Build` per build on the plugin instance (Material's own plugins
keep their state the same way), so two builds in one process — `mkdocs serve`
rebuilding, or tests — never share state. Each event delegates to the package;
a port to another generator rewrites this module and macros.py.

Failures end as a `PluginError` whose message names the file, the line and
the fix (MkDocs prints it without a traceback), and no page of the site is
left in the output folder. Under `mkdocs serve`, invalid data does not stop
the preview: it shows one page with the problems, and the next save that
fixes them brings the site back.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
from pathlib import Path

from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from plan.load.loader import data_path, load, today
from plan.model.errors import PlanInvalid, warnings_report
from plan.site import error_page
from plan.site.build import Build
from plan.site.files import generated_files
from plan.site.last_updated import data_last_changed
from plan.site.navigation import add_generated_pages
from plan.site.output_dir import OutputDirError, check_output_dir, remove_built_site
from plan.site.search_index import rewrite_search_index
from plan.site.site_url import SiteUrlError, checked_site_url
from plan.site.indentation import without_indentation
from plan.site.theme_html import valid_theme_html
from plan.render.environment import bytecode_cache
from plan.site.toc import relabel

log = logging.getLogger("mkdocs.plugins.plan")
NOT_BUILT = "\nThe site was not built. See CONTRIBUTING.md for what each problem means."


class PlanConfig(base.Config):
    data_file = options.Type(str, default="data/plan.yaml")  # relative to mkdocs.yml; $PLAN_DATA overrides
    editing_guide = options.Type(str, default="CONTRIBUTING.md")  # shown at /huong-dan-bien-tap/
    # false: Material's search index as Material writes it (the search benchmark's plain-Material peer)
    search_terms = options.Type(bool, default=True)


class PlanPlugin(BasePlugin[PlanConfig]):
    def __init__(self) -> None:
        self.build: Build | None = None
        self.serving = False
        self.problems = ""  # under `mkdocs serve`: the report the preview shows instead of the site
        self.site_dir: str | None = None
        self.watched: list[Path] = []
        self.writing = False  # MkDocs has cleaned the output folder and writes the new site into it

    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"

    @event_priority(100)  # before mkdocs-macros, whose on_config calls macros.define_env, which needs the build
    def on_config(self, config):
        self.build, self.problems, self.writing = None, "", False
        self.site_dir = config["site_dir"]
        root = Path(config.config_file_path or ".").parent
        data, guide = data_path(root / self.config.data_file), root / self.config.editing_guide
        self.watched = [data, guide]
        try:
            check_output_dir(self.site_dir)
            site_url = checked_site_url(config.site_url)
            on = today()
            loaded = load(data, on=on)
        except (OutputDirError, SiteUrlError) as error:
            raise PluginError(str(error)) from None
        except PlanInvalid as error:
            return self._invalid(config, error.report())
        for notice in loaded.notices:
            log.info(notice)
        if loaded.warnings:
            # INFO, not WARNING: `mkdocs build --strict` aborts on any logged warning, and these must not stop the site.
            log.info(warnings_report(loaded.warnings))
        self.build = Build(loaded.plan, data, site_url, guide, on)
        config.extra["data_last_changed"] = data_last_changed(data, loaded.plan.meta.last_updated)
        return config

    def _invalid(self, config, report: str):
        if not self.serving:
            remove_built_site(self.site_dir, only_if_built=True)
            raise PluginError(report + NOT_BUILT)
        # Not through MkDocs' log: under --strict any logged error would abort the preview itself.
        print(report + "\nThe preview shows these problems until the data is fixed.", file=sys.stderr)
        self.problems = report
        config.nav = None  # the pages of the nav are not built
        return config

    @event_priority(-100)  # MkDocs cleans the output folder right after this event
    def on_pre_build(self, config):
        self.writing = True

    def on_files(self, files, config):
        if self.problems:
            for page in list(files.documentation_pages()):
                files.remove(page)
            files.append(File.generated(config, "index.md", content=error_page.MARKDOWN))
            return files
        with self._reported("preparing the generated pages and data files"):
            for generated in generated_files(self.build, config):
                files.append(generated)
        return files

    def on_nav(self, nav, config, files):
        if self.problems:
            return nav
        pages = self.build.generated_pages()
        sources = [source for macro_wanted in ("kind_page", "unit_page")  # the kinds first: "Việc của một sở, …"
                   for source, _, macro, _ in pages if macro == macro_wanted]
        return add_generated_pages(nav, files, sources)

    @event_priority(-100)  # after mkdocs-macros has rendered the page
    def on_page_markdown(self, markdown, page, **kwargs):
        if self.build is not None and self.build.failures:
            raise PluginError("\n".join(failure.report() for failure in self.build.failures) + NOT_BUILT)
        return markdown

    @event_priority(100)  # before any plugin reads the page's HTML
    def on_page_content(self, html, page, **kwargs):
        if self.problems:
            return error_page.html(self.problems)
        with self._reported(f"finishing {page.file.src_uri}"):
            pages = self.build.pages
            relabel(page.toc, pages.toc_labels.get(page.url, {}))
            return pages.finished_html(html, page.file.src_uri)

    def on_env(self, env, config, files):
        """Material's templates are compiled on every build, as ours were: keep their bytecode too.

        `site_footer(page)` is what overrides/partials/copyright.html adds to every page's footer.
        """
        env.bytecode_cache = bytecode_cache()
        env.globals["site_footer"] = self._footer
        return env

    def _footer(self, page) -> Markup:
        if self.build is None or self.problems:
            return Markup("")
        with self._reported("rendering the pages' footer"):
            return self.build.pages.footer(page.url if page else None)

    def on_post_page(self, output, page, config):
        return without_indentation(valid_theme_html(output))

    def on_post_template(self, output_content, template_name, config):
        return valid_theme_html(output_content)

    @event_priority(-100)  # after Material's search plugin has written search/search_index.json
    def on_post_build(self, config):
        if self.problems:
            shutil.copyfile(Path(self.site_dir) / "index.html", Path(self.site_dir) / "404.html")
            return
        if self.config.search_terms:
            with self._reported("adding Vietnamese search terms"):
                rewrite_search_index(config["site_dir"], self.build.plan, self.build.pages.quoting_sections)

    def on_build_error(self, error, **kwargs):
        """A build that fails half way must not leave a half-written site behind."""
        if self.site_dir is not None:
            remove_built_site(self.site_dir, only_if_built=not self.writing)

    def on_serve(self, server, config, builder):
        for path in self.watched:
            if path.exists():
                server.watch(str(path))
        return server

    @contextlib.contextmanager
    def _reported(self, stage: str):
        """An unexpected exception in our own code, as a build error that says what to do."""
        try:
            yield
        except PluginError:
            raise
        except Exception as error:  # noqa: BLE001
            raise PluginError(
                f"the site could not be built while {stage}: {type(error).__name__}: {str(error)[:300]}\n"
                "    fix: the data passed every check, so this is a fault in the site's code, not in the data: "
                "report it to the site's maintainers with this message" + NOT_BUILT
            ) from None
