"""Plan items and decision articles as search entries of their own (plan/site/search_blocks.py)."""

from __future__ import annotations

import json

import pytest

from plan.site.search_blocks import Block, article_blocks, plan_blocks, split_blocks, split_plan_blocks

PAGE = "ke-hoach/"


def _entry(location: str, title: str, text: str) -> dict:
    return {"location": location, "title": title, "text": text}


def test_blocks_without_a_heading_are_cut_out_of_the_entry_that_held_them():
    docs = [_entry(PAGE, "Kế hoạch", ""),
            _entry(PAGE + "#kh-ii-5", "5. Cải cách công vụ",
                   "<p>Mở đầu.</p> <p>a) Xây dựng quy định.</p> <p>b) Tinh giản biên chế &amp; cơ cấu lại.</p>")]
    blocks = [Block(PAGE + "#kh-ii-5", "II.5", "Cải cách công vụ"),
              Block(PAGE + "#kh-ii-5-a", "II.5.a", "Xây dựng quy định.", (PAGE + "#kh-ii-5",)),
              Block(PAGE + "#kh-ii-5-b", "II.5.b", "Tinh giản biên chế & cơ cấu lại.", (PAGE + "#kh-ii-5",))]
    result = split_blocks(docs, blocks)
    assert [doc["location"] for doc in result] == [PAGE, PAGE + "#kh-ii-5", PAGE + "#kh-ii-5-a", PAGE + "#kh-ii-5-b"]
    assert result[1]["text"] == "<p>Mở đầu.</p>"
    assert result[3] == {"location": PAGE + "#kh-ii-5-b", "title": "II.5.b", "context": "5. Cải cách công vụ",
                         "text": "<p>b) Tinh giản biên chế &amp; cơ cấu lại.</p>"}


def test_a_block_is_searched_after_the_one_before_it():
    """Two items may start with the same words: each is found after the previous block, in page order."""
    same = "100% TTHC được công khai."
    docs = [_entry(PAGE + "#kh-i", "I. MỤC TIÊU", f"<p>a) {same}</p>"),
            _entry(PAGE + "#kh-i-6", "6. Chính quyền số", f"<p>- {same}</p> <p>7. Áp dụng ISO.</p>")]
    blocks = [Block(PAGE + "#kh-i", "I", "MỤC TIÊU"),
              Block(PAGE + "#kh-i-2-a", "I.2.a", same, (PAGE + "#kh-i",)),
              Block(PAGE + "#kh-i-6", "I.6", "Chính quyền số", (PAGE + "#kh-i",)),
              Block(PAGE + "#kh-i-6-2", "I.6-2", same, (PAGE + "#kh-i-6", PAGE + "#kh-i")),
              Block(PAGE + "#kh-i-7", "I.7", "Áp dụng ISO.", (PAGE + "#kh-i",))]
    result = {doc["location"]: doc for doc in split_blocks(docs, blocks)}
    assert result[PAGE + "#kh-i-2-a"]["text"] == f"<p>a) {same}</p>"
    assert result[PAGE + "#kh-i-6-2"]["text"] == f"<p>- {same}</p>"
    # I.7 follows I.6's heading on the page, but stands under part I
    assert result[PAGE + "#kh-i-7"]["context"] == "I. MỤC TIÊU"
    assert result[PAGE + "#kh-i-6"]["text"] == ""


def test_a_block_whose_text_is_not_found_stays_where_it_was():
    docs = [_entry(PAGE + "#kh-ii-5", "5. Cải cách công vụ", "<p>a) Nội dung đã được sửa.</p>")]
    blocks = [Block(PAGE + "#kh-ii-5", "II.5", "Cải cách công vụ"),
              Block(PAGE + "#kh-ii-5-a", "II.5.a", "Nội dung khác hẳn.", (PAGE + "#kh-ii-5",))]
    assert split_blocks(docs, blocks) == docs


def test_other_pages_are_left_alone():
    docs = [_entry("phu-luc/", "Phụ lục", "<p>a) Xây dựng quy định.</p>")]
    assert split_blocks(docs, [Block(PAGE + "#kh-ii-5-a", "II.5.a", "Xây dựng quy định.")]) == docs


def test_blocks_come_in_page_order_with_their_parents(plan):
    blocks = plan_blocks(plan)
    locations = [block.location for block in blocks]
    assert locations.index("ke-hoach/#kh-i") < locations.index("ke-hoach/#kh-i-6") < locations.index(
        "ke-hoach/#kh-i-7") < locations.index("ke-hoach/#kh-ii")
    by_location = {block.location: block for block in blocks}
    assert by_location["ke-hoach/#kh-i-2-c-1"].parents == (
        "ke-hoach/#kh-i-2-c", "ke-hoach/#kh-i-2", "ke-hoach/#kh-i")
    assert [block.location for block in article_blocks(plan)] == [
        "quyet-dinh/#dieu-1", "quyet-dinh/#dieu-2", "quyet-dinh/#dieu-3"]


@pytest.mark.slow
def test_the_built_index_holds_every_item_and_article_once(built_site, plan):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = {entry["location"]: entry for entry in index["docs"]}
    expected = {block.location for block in plan_blocks(plan) + article_blocks(plan)}
    assert expected <= set(entries)
    assert "tinh giản biên chế" in entries["ke-hoach/#kh-ii-5-d"]["text"]
    assert entries["ke-hoach/#kh-ii-5-d"]["context"] == "5. Cải cách công vụ"
    assert "ISO 9001" in entries["ke-hoach/#kh-i-7"]["text"]
    assert "ISO 9001" not in entries["ke-hoach/#kh-i-6"]["text"]
    assert "có hiệu lực kể từ ngày ký" in entries["quyet-dinh/#dieu-2"]["text"]
    holding = [entry["location"] for entry in index["docs"]
               if "tinh giản biên chế" in entry["text"] and not entry["location"].startswith("huong-dan-bien-tap/")]
    assert holding == ["ke-hoach/#kh-ii-5-d"]  # cut out of the heading's entry, not copied (the guide quotes it)


def test_split_plan_blocks_keeps_an_index_without_those_pages(plan):
    docs = [_entry("", "Trang chủ", "<p>Xin chào</p>")]
    assert split_plan_blocks(docs, plan) == docs
