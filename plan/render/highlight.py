"""Plan-body text with its measurable targets marked and anchored.

Each target's anchor (#ct-08) sits inside its mark, so the page can show the
one a link points at strongly (`mark:has(:target)`) and the others quietly.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from plan.model import paths
from plan.model.records import PlanItem
from plan.queries import PlanIndex


def _spans(text: str, indicators) -> list[tuple[int, int, list]]:
    spans = []
    for indicator in indicators:
        start = text.find(indicator.quote)
        if start >= 0:
            spans.append((start, start + len(indicator.quote), [indicator]))
    spans.sort(key=lambda span: span[0])
    merged: list[tuple[int, int, list]] = []
    for start, end, found in spans:
        if merged and start < merged[-1][1]:
            last_start, last_end, last_found = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_found + found)
        else:
            merged.append((start, end, found))
    return merged


def highlighted_text(item: PlanItem, index: PlanIndex) -> Markup:
    text = item.text
    out: list[Markup] = []
    position = 0
    for start, end, found in _spans(text, index.indicators_of_item(item.id)):
        out.append(escape(text[position:start]))
        targets = Markup("").join(
            Markup('<span class="anchor" id="{}"></span>').format(paths.indicator_anchor(i.id)) for i in found
        )
        codes = ", ".join(i.id.upper() for i in found)
        out.append(Markup('<mark class="indicator" title="Chỉ tiêu {}">{}{}</mark>').format(codes, targets, text[start:end]))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)
