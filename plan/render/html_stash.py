"""Large HTML blocks kept out of Python-Markdown's way.

Python-Markdown reads every raw HTML block with `html.parser` just to find where
it ends and then copies it through unchanged; on this site that was most of the
Markdown time. Templates hand such blocks to `put` (the `html_block` filter);
the page's Markdown then holds only a comment, and `restore` puts the block back
into the converted HTML (hooks.on_page_content), before search indexes it.
"""

from __future__ import annotations

import itertools
import re

from markupsafe import Markup

_PLACEHOLDER = re.compile(r"<!--plan-html:(\d+)-->")
_ANY_PLACEHOLDER = re.compile(r"plan-html:\d+")


class HtmlStash:
    def __init__(self) -> None:
        self._blocks: dict[int, str] = {}
        self._keys = itertools.count()

    def put(self, html: str) -> Markup:
        key = next(self._keys)
        self._blocks[key] = str(html)
        return Markup(f"\n\n<!--plan-html:{key}-->\n\n")

    def restore(self, html: str, page: str) -> str:
        restored = html
        while _PLACEHOLDER.search(restored):  # a block may hold blocks of its own
            restored = _PLACEHOLDER.sub(lambda match: self._blocks.pop(int(match[1])), restored)
        leftover = _ANY_PLACEHOLDER.search(restored)
        if leftover:  # e.g. a placeholder indented into a code block, so Markdown escaped it
            raise ValueError(f"{page}: HTML block {leftover[0]} was not restored; check the template's indentation")
        return restored


STASH = HtmlStash()
