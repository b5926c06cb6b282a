"""Line-by-line comparison of data/plan.yaml with the source text.

Every content line of the source must be found among the lines the dataset
reconstructs, so a transcription slip (a dropped word, a changed accent)
fails here with the source line number.
"""

from __future__ import annotations

import unicodedata

import pytest

from devtools.project import ROOT, SOURCE_TEXT as SOURCE
from plan.model.tree import plan_items

SHARED_SEED = ROOT.parent / "shared" / "seed" / "000_f62ce51801f777a0.txt"

# Source lines judged to be layout, not content.
LAYOUT = {
    "-------",  # rule under the issuer's name
    "---------------",  # rule under the national motto
}


def normalise(line: str) -> str:
    """The line as the site reads it: composed Unicode (the source writes one "thúc" decomposed), no NBSP."""
    return unicodedata.normalize("NFC", line.replace("\u00a0", " ").strip(" \t"))


def source_lines() -> list[tuple[int, str]]:
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    return [(number, normalise(text)) for number, text in enumerate(lines, 1) if normalise(text)]


def cell_lines(value: str | None) -> list[str]:
    return value.split("\n") if value else []


def dataset_lines(plan) -> set[str]:
    document = plan.document
    found = {*document.issuer_lines, *document.motto_lines, document.number_as_written, document.date_as_written,
             document.kind, document.title, document.authority, *document.legal_bases, document.proposal,
             document.enacting_formula, document.signer.title, document.signer.name}
    found |= {f"Điều {article.number}. {article.text}" for article in document.articles}
    found |= {*plan.plan.heading_lines, plan.plan.subtitle}
    for part in plan.plan.parts:
        found.add(f"{part.id}. {part.title}")
        if part.intro:
            found.add(part.intro)
    for item, _ in plan_items(plan):
        found.add(f"{item.label} {item.text}")
        found |= set(item.paragraphs)
    appendix = plan.appendix
    for section in appendix.sections:
        if section.header_in_source:
            found.add(f"{section.id}.")
        if section.title:
            found.add(section.title)
    for record in (*appendix.objectives, *appendix.tasks):
        label = getattr(record, "label_as_written", None)
        found.add(f"{label} {record.text}" if label else f"{record.id}. {record.text}")
    for activity in appendix.activities:
        if activity.text:
            found.add(f"{activity.id}. {activity.text}")
        if activity.row_label:
            found.add(activity.row_label)
        for cell in (activity.lead, activity.coordinating):
            found.update(cell_lines(cell.text if cell else None))
        found.update(cell_lines(activity.product))
        found.update(cell_lines(activity.deadline))
    found |= {note.text for note in plan.budget.funding_notes}
    found.add(plan.budget.heading)
    found |= {f"- {line.text}" for line in plan.budget.lines}
    return found


def test_source_copy_is_the_seed():
    if not SHARED_SEED.exists():
        pytest.skip("shared/seed is not beside this clone")
    assert SOURCE.read_bytes() == SHARED_SEED.read_bytes()


def test_every_content_line_of_the_source_is_in_the_dataset(plan):
    known = dataset_lines(plan)
    missing = [(number, text) for number, text in source_lines() if text not in LAYOUT and text not in known]
    assert not missing, "source lines not found in data/plan.yaml:\n" + "\n".join(
        f"  line {number}: {text[:120]}" for number, text in missing
    )


def test_every_appendix_text_comes_from_the_source(plan):
    source = {text for _, text in source_lines()}
    appendix = plan.appendix
    for record in (*appendix.objectives, *appendix.tasks, *appendix.activities):
        if record.text:
            label = getattr(record, "label_as_written", None) or f"{record.id}."
            assert f"{label} {record.text}" in source, record.id


def test_layout_lines_are_really_in_the_source():
    texts = {text for _, text in source_lines()}
    assert LAYOUT <= texts
