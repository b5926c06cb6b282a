"""The generated unit and kind pages join the navigation under "Đơn vị".

There, the "Đơn vị" tab is active on them, the breadcrumb leads back to the
units index, and on a wide screen the sidebar lists every unit and kind.
The retired ids' pages stay out: they only point elsewhere.
"""

from __future__ import annotations

from mkdocs.structure.nav import Navigation, Section

from plan.model import paths


def add_generated_pages(nav: Navigation, files, sources: list[str]) -> Navigation:
    section = _units_section(nav.items)
    if section is None:
        return nav
    for source in sources:
        file = files.get_file_from_path(source)
        if file is None or file.page is None:
            continue
        file.page.parent = section
        section.children.append(file.page)
        nav.pages.append(file.page)
    return nav


def _units_section(items) -> Section | None:
    """The nav section whose index page is the units index (don-vi/index.md)."""
    index_source = paths.UNITS_DIR + "index.md"
    stack = list(items)
    while stack:
        item = stack.pop()
        if isinstance(item, Section):
            if any(getattr(child, "file", None) is not None and child.file.src_uri == index_source
                   for child in item.children):
                return item
            stack.extend(item.children)
    return None
