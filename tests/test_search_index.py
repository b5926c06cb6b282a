"""Folded search terms added to Material's search index (plan/site/search_index.py)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from devtools.project import ROOT

from plan.model.paths import record_url
from plan.model.records import Abbreviation
from plan.site.search_index import (
    QuotedSectionMissing,
    SearchConfigError,
    add_search_terms,
    code_parts,
    extra_terms,
    fold,
    mark_quoted,
    other_names,
    tokens,
    unit_aliases,
    unit_section_names,
)



class _MkdocsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without building the Python objects its !!python tags name."""


_MkdocsLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_MkdocsLoader.add_constructor("!ENV", lambda loader, node: None)


@pytest.fixture(scope="module")
def search_config():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_MkdocsLoader)
    search = next(plugin["search"] for plugin in config["plugins"] if isinstance(plugin, dict) and "search" in plugin)
    return {"separator": search["separator"], "fields": search["fields"]}


@pytest.fixture(scope="module")
def separator(search_config):
    return re.compile(search_config["separator"])


@pytest.mark.parametrize("text, folded", [
    ("Sở Nội vụ", "So Noi vu"),
    ("một cửa liên thông", "mot cua lien thong"),
    ("Lâm Đồng", "Lam Dong"),
    ("đ Đ", "d D"),
    ("61/2018/NĐ-CP", "61/2018/ND-CP"),
    ("TTHC 3.45", "TTHC 3.45"),
])
def test_fold_removes_vietnamese_diacritics(text, folded):
    assert fold(text) == folded


def test_fold_reads_decomposed_text_like_composed():
    assert fold(unicodedata.normalize("NFD", "Trường Chính trị tỉnh")) == "Truong Chinh tri tinh"


def test_tokens_keep_codes_whole(separator):
    words = tokens("<p>Hoạt động 3.45. Theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 (Mục tiêu 1.10)</p>", separator)
    assert words == ["Hoạt", "động", "3.45", "Theo", "Nghị", "định", "số", "61/2018/NĐ-CP",
                     "ngày", "23/4/2018", "Mục", "tiêu", "1.10"]


def test_tokens_split_words_joined_by_punctuation(separator):
    assert tokens("kinh tế-xã hội; “Sở Nội vụ”, TTHC/CCHC &amp; VP", separator) == [
        "kinh", "tế", "xã", "hội", "Sở", "Nội", "vụ", "TTHC/CCHC", "&", "VP"]


def test_code_parts_start_after_each_slash_or_hyphen():
    assert code_parts("61/2018/NĐ-CP") == ["2018/NĐ-CP", "NĐ-CP", "CP"]
    assert code_parts("TTHC") == []


def test_extra_terms_hold_only_what_lunr_does_not_index_already():
    terms = extra_terms(["Sở", "Nội", "vụ", "so", "TTHC", "76/NQ-CP", "vụ"])
    assert terms == ["Noi", "vu", "NQ-CP", "CP"]


def _index(search_config, docs):
    return {"config": {"lang": ["vi"], "pipeline": ["stopWordFilter"], **search_config}, "docs": docs}


def test_entries_get_folded_title_and_text_terms(search_config):
    index = _index(search_config, [{"location": "don-vi/so-noi-vu/", "title": "Sở Nội vụ",
                                    "text": "<p>Một cửa liên thông theo 61/2018/NĐ-CP</p>"}])
    entry = add_search_terms(index, {})["docs"][0]
    assert entry["title_terms"].split() == ["So", "Noi", "vu"]
    assert set("Mot cua lien thong 61/2018/ND-CP NĐ-CP ND-CP".split()) <= set(entry["text_terms"].split())


def test_unit_page_title_terms_hold_the_unit_aliases(search_config, plan):
    aliases = unit_aliases(plan)
    assert "VP UBND tỉnh" in aliases["don-vi/van-phong-ubnd-tinh/"]
    index = _index(search_config, [{"location": "don-vi/van-phong-ubnd-tinh/", "title": "Văn phòng UBND tỉnh", "text": ""}])
    terms = add_search_terms(index, aliases)["docs"][0]["title_terms"].split()
    assert {"VP", "tinh"} <= set(terms)


def test_activities_are_also_named_as_their_cards_name_them(search_config, plan):
    names = other_names(plan)
    assert names["phu-luc/#hd-3-41"] == ["Hoạt động 3.41"]
    assert names["don-vi/van-phong-ubnd-tinh/"] == ["VP UBND tỉnh"]
    index = _index(search_config, [{"location": "phu-luc/#hd-3-41", "title": "3.41 Rà soát", "text": ""}])
    entry = add_search_terms(index, names)["docs"][0]
    assert entry["aliases"] == ["Hoạt động 3.41"]
    assert {"Hoạt", "động", "Hoat", "dong"} <= set(entry["title_terms"].split())


def test_undeclared_fields_fail_loudly(search_config):
    index = _index({**search_config, "fields": {"title": {"boost": 1000}}}, [])
    with pytest.raises(SearchConfigError, match="title_terms"):
        add_search_terms(index, {})


@pytest.mark.slow
def test_built_index_has_term_fields_and_stays_small(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = {entry["location"]: entry for entry in index["docs"]}
    assert {"title_terms", "text_terms"} <= set(index["config"]["fields"])
    assert "So Noi vu" in entries["don-vi/so-noi-vu/"]["title_terms"]
    added = sum(len(entry.get(field, "")) for entry in index["docs"] for field in ("title_terms", "text_terms"))
    indexed = sum(len(entry["title"]) + len(entry["text"]) for entry in index["docs"])
    assert added < indexed / 2  # folded words are stored once per entry, not as a second copy of the text


@pytest.mark.slow
def test_search_script_runs_before_material_starts_its_worker(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert html.index("assets/search-vi.js") < html.index("assets/javascripts/bundle.")
    assert (built_site / "assets" / "search-vi-worker.js").is_file()


def test_an_abbreviation_and_its_expansion_find_each_other(search_config):
    glossary = [Abbreviation(term="KSTTHC", expansion="kiểm soát thủ tục hành chính", note="Biên tập viên thêm.")]
    index = _index(search_config, [
        {"location": "phu-luc/#hd-3-20", "title": "3.20", "text": "<p>Tăng cường công tác KSTTHC</p>"},
        {"location": "ke-hoach/#ii-2", "title": "II.2", "text": "<p>Đẩy mạnh kiểm soát thủ tục hành chính</p>"},
        {"location": "ke-hoach/#ii-3", "title": "II.3", "text": "<p>Thủ tục khác</p>"},
    ])
    abbreviated, spelled_out, neither = add_search_terms(index, {}, glossary)["docs"]
    assert {"kiểm", "soát", "kiem", "soat", "thu", "tuc", "hanh", "chinh"} <= set(abbreviated["text_terms"].split())
    assert "KSTTHC" in spelled_out["text_terms"].split()
    assert "KSTTHC" not in neither.get("text_terms", "") and "kiem" not in neither.get("text_terms", "")


@pytest.mark.slow
def test_built_index_finds_the_plan_s_abbreviations_by_their_expansions(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    abbreviated_only = [entry for entry in index["docs"]
                        if "KSTTHC" in entry["text"] and "kiểm soát thủ tục" not in entry["text"].lower()]
    assert abbreviated_only, "the real plan uses KSTTHC without spelling it out somewhere"
    for entry in abbreviated_only:
        assert {"kiem", "soat"} <= set(entry["text_terms"].split()), entry["location"]


def test_quoting_sections_are_marked_and_an_unknown_one_fails_loudly():
    docs = [{"location": "don-vi/so-noi-vu/#chu-tri"}, {"location": "phu-luc/#hd-3-45"}]
    mark_quoted(docs, {"don-vi/so-noi-vu/#chu-tri"})
    assert [entry.get("quoted") for entry in docs] == [True, None]
    with pytest.raises(QuotedSectionMissing, match="thoi-han/#han-2022"):
        mark_quoted(docs, {"thoi-han/#han-2022"})


ORIGINAL_PAGES = ("ke-hoach/", "phu-luc/", "quyet-dinh/", "viet-tat/")


@pytest.mark.slow
def test_built_index_marks_the_sections_that_repeat_other_pages_and_no_original(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    quoted = {entry["location"] for entry in index["docs"] if entry.get("quoted")}
    assert {"don-vi/so-noi-vu/#chu-tri", "don-vi/so-noi-vu/#trong-ke-hoach", "kinh-phi/#theo-don-vi-nhan",
            "kinh-phi/#bieu-do", "tien-do/#qua-han"} <= quoted
    assert any(place.startswith("thoi-han/#") for place in quoted)
    assert not [place for place in quoted if place.startswith(ORIGINAL_PAGES) or "#" not in place]
    assert "kinh-phi/#cac-khoan" not in quoted


FIELD_LABELS = ("Sản phẩm", "Chủ trì", "Phối hợp", "Thời hạn", "Số tiền", "Tỷ lệ trong tổng", "Đơn vị nhận")


@pytest.mark.slow
def test_built_index_keeps_a_field_label_apart_from_its_value(built_site):
    """Unit pages' activity rows read "Chủ trìSở Nội vụ" in the index, so "chu tri so noi vu" found no phrase."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    touching = re.compile("(?:" + "|".join(FIELD_LABELS) + r")(?=[^\W\d_])")
    runs = {(entry["location"], found.group()) for entry in index["docs"]
            for found in touching.finditer(re.sub(r"<[^>]+>", " ", entry["text"]))}
    assert not runs, sorted(runs)[:10]
    assert any("Chủ trì Sở Nội vụ" in entry["text"] for entry in index["docs"]
               if entry["location"].startswith("don-vi/so-noi-vu/#"))


def test_a_unit_page_s_sections_are_also_named_with_the_unit(plan):
    unit = next(unit for unit in plan.units if unit.aliases)
    page = record_url("unit", unit.id)
    docs = [{"location": page, "title": unit.name}, {"location": page + "#chu-tri", "title": "Chủ trì"},
            {"location": "phu-luc/#hd-3-45", "title": "3.45 Chủ trì"}]
    names = unit_section_names(docs, plan)
    assert list(names) == [page + "#chu-tri"]
    assert {f"Chủ trì {unit.name}", f"{unit.name} Chủ trì", f"{unit.aliases[0]} Chủ trì"} <= set(names[page + "#chu-tri"])
