"""Large HTML blocks kept out of Python-Markdown's way.

Python-Markdown reads every raw HTML block with `html.parser` just to find where
it ends and then copies it through unchanged; on this site that was most of the
Markdown time. Templates hand such blocks to `put` (the `html_block` filter);
the page's Markdown then holds only a comment, and `restore` puts the block back
into the converted HTML (the site's on_page_content), before search indexes it.

Each stash belongs to one build and marks its blocks with a random key, so no
text in the data can look like a placeholder: data is escaped before it reaches
a page, and it cannot know the key.
"""

from __future__ import annotations

import itertools
import re
import secrets

from markupsafe import Markup


class HtmlStash:
    def __init__(self) -> None:
        self._blocks: dict[int, str] = {}
        self._keys = itertools.count()
        self.marker = "plan-html-" + secrets.token_hex(8)
        self._placeholder = re.compile(f"<!--{self.marker}:(\\d+)-->")
        self._any_placeholder = re.compile(f"{self.marker}:\\d+")

    def put(self, html: str) -> Markup:
        key = next(self._keys)
        self._blocks[key] = str(html)
        return Markup(f"\n\n<!--{self.marker}:{key}-->\n\n")

    def restore(self, html: str, page: str) -> str:
        restored = html
        while self._placeholder.search(restored):  # a block may hold blocks of its own
            restored = self._placeholder.sub(lambda match: self._blocks.pop(int(match[1])), restored)
        leftover = self._any_placeholder.search(restored)
        if leftover:  # e.g. a placeholder indented into a code block, so Markdown escaped it
            raise ValueError(f"{page}: an HTML block was not restored; check the template's indentation")
        return restored
