"""The output folder: never written through a link, never left holding a half-built site.

What a failed build removes is what MkDocs itself would clean before a build
(utils.clean_directory): every entry except hidden ones (".git", ".nojekyll"),
which MkDocs never writes and never deletes. A deployment's CNAME is kept too:
it is not a page of the site, and losing it takes a custom domain offline.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

KEPT_NAMES = frozenset({"CNAME"})
BUILT_SITE_MARKERS = ("index.html", "sitemap.xml", "404.html")


class OutputDirError(ValueError):
    pass


def check_output_dir(site_dir: str | os.PathLike) -> None:
    path = Path(site_dir)
    if path.is_symlink():
        raise OutputDirError(
            f"{site_dir}: the output folder is a symbolic link (to {os.readlink(path)}); the build does not write "
            "through links, so that a link cannot send the site somewhere else.\n"
            "    fix: remove the link and build again (the folder is created), or pass --site-dir with a real folder"
        )
    if path.exists() and not path.is_dir():
        raise OutputDirError(f"{site_dir}: the output folder is a file.\n    fix: remove it, or pass --site-dir with a folder")


def remove_built_site(site_dir: str | os.PathLike, *, only_if_built: bool = False) -> None:
    """Remove the site's files from `site_dir`, keeping hidden entries and KEPT_NAMES.

    `only_if_built`: only when the folder holds a site already (a failure before
    MkDocs cleaned the folder must not empty a folder that never held one).
    """
    path = Path(site_dir)
    if path.is_symlink() or not path.is_dir():
        return
    if only_if_built and not any((path / marker).exists() for marker in BUILT_SITE_MARKERS):
        return
    for entry in path.iterdir():
        if entry.name.startswith(".") or entry.name in KEPT_NAMES:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
