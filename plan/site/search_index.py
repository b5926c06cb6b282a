"""Vietnamese search terms for Material's search index.

Material's lunr.js index keeps diacritics, so "so noi vu" cannot find
"Sở Nội vụ". After Material writes `search/search_index.json`, each entry
gets two hidden fields (declared with their boosts in mkdocs.yml under
`plugins: search: fields:`, never displayed):

- `title_terms` / `text_terms`: the entry's words folded to ASCII ("sở" →
  "so", "Đồng" → "dong"), only where folding changes them, plus the parts
  of document numbers ("61/2018/NĐ-CP" → "2018/nd-cp", "nd-cp", "cp") so a
  query that starts mid-number still finds it. A unit page's title terms
  also hold the unit's aliases from the data ("VP UBND tỉnh"), an activity's
  the name its card gives it ("Hoạt động 3.41"), a unit page's section its
  title beside the unit's names ("Chủ trì Sở Nội vụ").
- `aliases`: those other names, whole and in order (not a lunr field: the
  ranking in `docs/assets/search-vi-rank.js` reads them as other titles).

An entry that uses an abbreviation of the glossary ("KSTTHC") also gets the
words of its expansion ("kiểm soát thủ tục hành chính"), and one that spells
an expansion out gets the abbreviation, so a reader finds the plan's text
whichever of the two they type.

A section whose text repeats what another page shows in full (a unit page's
list of activities, the deadlines page, the budget's chart) is marked
`quoted`, so the ranking puts a match in its text below the same match in
the original.

Before that, plan items and the decision's articles get entries of their own
(`plan/site/search_blocks.py`). `docs/assets/search-vi-rank.js` folds the
query the same way (see `fold`).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from plan.model.glossary import Terms
from plan.model.paths import record_url
from plan.model.records import Abbreviation
from plan.site.search_blocks import split_plan_blocks

INDEX_PATH = Path("search") / "search_index.json"
TERM_FIELDS = {"title": "title_terms", "text": "text_terms"}
ALIASES = "aliases"
QUOTED = "quoted"  # not a lunr field: the ranking reads it
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")
_TAG = re.compile(r"<[^>]*>")
_CODE_BREAK = re.compile(r"[/\-]")


class SearchConfigError(ValueError):
    """mkdocs.yml does not declare the fields this module adds."""


@lru_cache(maxsize=1 << 16)  # an index repeats the same words many times
def fold(text: str) -> str:
    """Text without Vietnamese diacritics; "đ"/"Đ" become "d"/"D". Same rule as the JS `fold`."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    bare = _COMBINING_MARKS.sub("", decomposed).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", bare)


def tokens(text: str, separator: re.Pattern) -> list[str]:
    """Words of an index field (HTML fragment), split like lunr splits them.

    Case is kept: the separator keeps "-" inside "NĐ-CP" only between capitals.
    """
    plain = html.unescape(_TAG.sub(" ", text))
    return [word for word in separator.split(unicodedata.normalize("NFC", plain)) if word]


def code_parts(token: str) -> list[str]:
    """What follows each "/" or "-" inside a document number: "76/nq-cp" → ["nq-cp", "cp"]."""
    return [token[match.end():] for match in _CODE_BREAK.finditer(token) if match.end() < len(token)]


def extra_terms(words: list[str]) -> list[str]:
    """Folded spellings and document-number parts of `words` that lunr would not already index."""
    seen = {word.lower() for word in words}
    terms = []
    for word in dict.fromkeys(words):
        forms = (word, *code_parts(word)) if _CODE_BREAK.search(word) else (word,)
        for form in forms:
            for candidate in (form, fold(form)):
                if candidate.lower() not in seen:
                    seen.add(candidate.lower())
                    terms.append(candidate)
    return terms


def unit_aliases(plan) -> dict[str, list[str]]:
    """Location of each unit page → the other spellings the source uses for the unit."""
    return {record_url("unit", unit.id): list(unit.aliases) for unit in plan.units if unit.aliases}


def other_names(plan) -> dict[str, list[str]]:
    """Location → other names of what is there: a unit's aliases, an activity's "Hoạt động 3.41"."""
    names = unit_aliases(plan)
    for activity in plan.appendix.activities:  # as the card's code link is labelled for screen readers
        names.setdefault(record_url("activity", activity.id), []).append(f"Hoạt động {activity.id}")
    return names


def unit_section_names(docs: list[dict], plan) -> dict[str, list[str]]:
    """A unit page's section → its title beside the unit's names, both ways round.

    "Chủ trì" on Sở Nội vụ's page is also "Chủ trì Sở Nội vụ" and "Sở Nội vụ Chủ trì", so an official
    who types the unit and the role reaches the list, not one activity card saying the same words.
    """
    units = {record_url("unit", unit.id): [unit.name, *unit.aliases] for unit in plan.units}
    names = {}
    for entry in docs:
        page, _, anchor = entry["location"].partition("#")
        if anchor and page in units:
            title = " ".join(html.unescape(_TAG.sub(" ", entry.get("title", ""))).split())
            names[entry["location"]] = [form for name in units[page] for form in (f"{title} {name}", f"{name} {title}")]
    return names


class GlossaryWords:
    """The other half of each abbreviation a text uses or spells out: "KSTTHC" ↔ "kiểm soát thủ tục hành chính"."""

    def __init__(self, glossary: Iterable[Abbreviation], separator: re.Pattern):
        entries = list(glossary)
        self._terms = Terms(entries)
        self._separator = separator
        self._spelled_out = [
            (re.compile(rf"(?<!\w){re.escape(fold(entry.expansion).lower())}(?!\w)"), entry.term) for entry in entries
        ]

    def __call__(self, text: str) -> list[str]:
        plain = html.unescape(_TAG.sub(" ", text))
        words = [word for found in self._terms.find(plain) for word in tokens(found.abbreviation.expansion, self._separator)]
        folded = fold(plain).lower()
        words += [word for pattern, term in self._spelled_out if pattern.search(folded)
                  for word in tokens(term, self._separator)]
        return words


def _absent(words: list[str], present: list[str]) -> list[str]:
    """`words` and their folded forms, less those lunr indexes already from `present`."""
    seen = {word.lower() for word in present}
    return [word for word in words + [fold(word) for word in words] if word.lower() not in seen]


def add_search_terms(index: dict, aliases: dict[str, list[str]], glossary: Iterable[Abbreviation] = ()) -> dict:
    """Add the hidden term fields to every entry of a Material search index (in place)."""
    config = index["config"]
    missing = [name for name in TERM_FIELDS.values() if name not in config["fields"]]
    if missing:
        raise SearchConfigError(f"mkdocs.yml plugins.search.fields must declare {', '.join(missing)}")
    separator = re.compile(config["separator"])
    other_half = GlossaryWords(glossary, separator)
    for entry in index["docs"]:
        title, text = entry.get("title", ""), entry.get("text", "")
        alias_words = [word for alias in aliases.get(entry["location"], []) for word in tokens(alias, separator)]
        title_words, text_words = tokens(title, separator), tokens(text, separator)
        title_terms = extra_terms(title_words) + _absent(alias_words + other_half(title), title_words)
        _set_terms(entry, TERM_FIELDS["title"], title_terms)
        if entry["location"] in aliases:
            entry[ALIASES] = aliases[entry["location"]]
        _set_terms(entry, TERM_FIELDS["text"], extra_terms(text_words) + _absent(other_half(text), text_words))
    return index


def _set_terms(entry: dict, field: str, terms: list[str]) -> None:
    unique: dict[str, str] = {}
    for term in terms:
        unique.setdefault(term.lower(), term)
    if unique:
        entry[field] = " ".join(unique.values())


class QuotedSectionMissing(ValueError):
    """A section declared as quoting has no entry in the search index (its anchor changed on the way)."""


def mark_quoted(docs: list[dict], quoting: Iterable[str]) -> None:
    """Mark the entries at the locations of `quoting` (in place); every one must have an entry."""
    wanted = set(quoting)
    for entry in docs:
        if entry["location"] in wanted:
            entry[QUOTED] = True
            wanted.discard(entry["location"])
    if wanted:
        raise QuotedSectionMissing("no search entry for the quoting section(s) " + ", ".join(sorted(wanted)))


def rewrite_search_index(site_dir: Path | str, plan, quoting: Iterable[str] = ()) -> Path | None:
    """Add the term fields to the index Material wrote into `site_dir`; None when search is off.

    `quoting`: locations of the sections whose text repeats another page's (see `mark_quoted`).
    """
    path = Path(site_dir) / INDEX_PATH
    if not path.exists():
        return None
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"] = split_plan_blocks(index["docs"], plan)
    add_search_terms(index, other_names(plan) | unit_section_names(index["docs"], plan), plan.glossary)
    mark_quoted(index["docs"], quoting)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path
