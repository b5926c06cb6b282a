"""Hostile and mistaken edits of the data file, one per row: each is refused with its code, its line and a fix.

Every row is an edit of tests/fixtures/minimal.yaml (or bytes made from it).
For each, three readers must agree (issue 12): the loader raises PlanInvalid
with an issue of the row's code on the row's line whose fix contains the row's
words; `plan-check` exits 1 printing the same; and an in-process `mkdocs build`
stops with that message, removes the earlier site's pages and keeps the
folder's hidden entries and CNAME. tests/test_hostile_build.py holds the
inputs that are accepted and must stay text.
"""

from __future__ import annotations

import codecs
import dataclasses
import io
import shutil
import unicodedata
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from devtools.site_build import build_in_process
from plan.cli import main as plan_check
from plan.load.loader import load
from plan.model.errors import PlanInvalid
from tests.support.fixtures import MINIMAL, TODAY, edited, line_of, minimal_text

Content = Callable[[], "str | bytes | None"]  # None: the file does not exist


@dataclasses.dataclass(frozen=True)
class Case:
    content: Content
    code: str
    at: str | int  # the text whose line the issue names, or the line number
    fix: str  # words the fix must contain


def edit(old: str, new: str) -> Content:
    return lambda: edited(old, new)


def raw(make: Callable[[], bytes]) -> Content:
    return make


def _bytes_with(old: str, new: bytes) -> bytes:
    text = minimal_text()
    head, tail = text.split(old, 1)
    return head.encode() + new + tail.encode()


def add_to_meta(lines: str) -> Content:
    """The fixture with `lines` added at the end of its `meta` block."""
    last = "  publisher: Nhóm biên tập dữ liệu Kế hoạch CCHC năm 2022 tỉnh Lâm Đồng\n"
    return edit(last, last + lines)


LONG = "x" * 7000
NESTED = "deep: " + "[" * 200 + "]" * 200 + "\n"
BOMB = "a: &a ['lol','lol']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\n"

CASES: dict[str, Case] = {
    # The file itself
    "UTF-16 with a byte order mark": Case(raw(lambda: minimal_text().encode("utf-16")), "not-utf8", 1, "UTF-8"),
    "UTF-16 without a byte order mark": Case(raw(lambda: minimal_text().encode("utf-16-le")), "not-utf8", 1, "UTF-8"),
    "UTF-32": Case(raw(lambda: minimal_text().encode("utf-32")), "not-utf8", 1, "Save with Encoding"),
    "a Latin-1 byte": Case(raw(lambda: _bytes_with("Công bố bộ dữ liệu thử.", b"C\xf4ng b\xe9")), "not-utf8",
                           "  summary: Công bố", "UTF-8"),
    "a Windows-1258 line": Case(raw(lambda: _bytes_with("Nghị quyết, Quyết định", b"Vi\xea\xf2t Nam")),
                                "not-utf8", "    product: Nghị quyết, Quyết định", "UTF-8"),
    "a NUL byte in a text": Case(edit("Văn bản\n", "Văn\x00bản\n"), "control-character", "    product: Văn", "delete it"),
    "an escape character": Case(edit("Phát hành văn bản", "Phát \x1b[31mhành văn bản"), "control-character",
                                "    text: Phát", "delete it"),
    "a DEL character": Case(edit("Phát hành văn bản", "Phát\x7f hành văn bản"), "control-character", "    text: Phát",
                            "delete it"),
    "a C1 next-line control": Case(edit("Phát hành văn bản", "Phát\x85hành văn bản"), "control-character",
                                   "    text: Phát", "delete it"),
    "an old Mac line ending": Case(edit("Phát hành văn bản đôn đốc\n", "Phát hành văn bản đôn đốc\r"),
                                   "control-character", "    text: Phát", "line endings"),
    "the file is missing": Case(lambda: None, "no-data-file", 1, "git checkout"),
    "the file is empty": Case(lambda: "", "empty-file", 1, "restore"),
    "the file holds only comments": Case(lambda: "# chỉ có ghi chú\n", "empty-file", 1, "restore"),
    "a second YAML document": Case(lambda: minimal_text() + "---\nmeta: {}\n", "yaml-syntax", "---", "`---`"),
    # YAML
    "a tab for indentation": Case(edit("  - id: '3.48'\n", "\t- id: '3.48'\n"), "yaml-tab", "\t- id: '3.48'", "spaces"),
    "a line indented too far": Case(edit("    task: '2.21'\n    text: Phát", "      task: '2.21'\n    text: Phát"),
                                    "yaml-syntax", "      task: '2.21'", "indentation"),
    "an unclosed quote": Case(edit("  summary: Công bố bộ dữ liệu thử.", "  summary: 'Công bố bộ dữ liệu thử."),
                              "yaml-syntax", "  refs: ['activity:3.41']", "quote"),
    "a colon in unquoted text": Case(edit("    text: Phát hành văn bản đôn đốc", "    text: Ghi chú: Phát hành"),
                                     "yaml-syntax", "    text: Ghi chú", "quotes"),
    "a duplicated key": Case(edit("    deadline: Thường xuyên\n", "    deadline: Thường xuyên\n    deadline: Hàng năm\n"),
                             "duplicate-key", "    deadline: Hàng năm", "keep one"),
    "an alias": Case(edit("  publisher: Nhóm", "  extra: &x [1]\n  other: *x\n  publisher: Nhóm"), "yaml-alias",
                     "  other: *x", "in full"),
    "an alias bomb": Case(lambda: BOMB + minimal_text(), "yaml-alias", 2, "in full"),
    "a merge key": Case(edit("  - id: kp-2\n", "  - <<: {id: kp-2}\n    id: kp-2\n"), "yaml-alias", "  - <<:",
                        "merge keys"),
    "a python object tag": Case(edit("    product: Văn bản\n", "    product: !!python/object/apply:os.system [id]\n"),
                                "yaml-tag", "    product: !!python", "remove the tag"),
    "a binary tag": Case(edit("    product: Văn bản\n", "    product: !!binary aGVsbG8=\n"), "yaml-tag",
                         "    product: !!binary", "remove the tag"),
    "nesting 200 levels deep": Case(lambda: NESTED + minimal_text(), "too-deep", 1, "indentation"),
    "a 200,000-character value": Case(edit("    product: Văn bản\n", f"    product: {'y' * 200_000}\n"),
                                      "value-too-large", "    product: yyy", "accidental paste"),
    "a list as a key": Case(edit("  publisher: Nhóm", "  [a, b]: c\n  publisher: Nhóm"), "complex-key", "  [a, b]: c",
                            "name: value"),
    # Shapes and values
    "a required field removed": Case(edit("    deadline: Thường xuyên\n", ""), "missing-field", "  - id: '3.47'",
                                     "deadline: ..."),
    "a misspelt field": Case(edit("    deadline: Thường xuyên\n", "    dealine: Thường xuyên\n"), "unknown-field",
                             "    dealine", "`deadline`"),
    "an id without quotes": Case(edit("  - id: '1.13'\n", "  - id: 1.13\n"), "unquoted-number", "  - id: 1.13",
                                 '"1.13"'),
    "an amount with words": Case(edit("    amount_million_vnd: 450\n", "    amount_million_vnd: 450 triệu\n"),
                                 "not-a-number", "amount_million_vnd: 450 triệu", "only digits"),
    "an amount with decimals": Case(edit("    amount_million_vnd: 450\n", "    amount_million_vnd: 450.0\n"),
                                    "not-a-whole-number", "450.0", "without decimals"),
    "an amount of zero": Case(edit("    amount_million_vnd: 450\n  total_million_vnd: 750",
                                   "    amount_million_vnd: 0\n  total_million_vnd: 300"), "out-of-range",
                              "amount_million_vnd: 0", "source"),
    "a negative amount": Case(edit("    amount_million_vnd: 450\n", "    amount_million_vnd: -450\n"), "out-of-range",
                              "amount_million_vnd: -450", "source"),
    "a plan year out of range": Case(edit("  year: 2022\n  heading_lines", "  year: 1022\n  heading_lines"),
                                     "out-of-range", "  year: 1022", "source"),
    "a date written dd/mm/yyyy": Case(edit("  last_updated: 2026-11-28", "  last_updated: 28/11/2026"), "not-a-date",
                                      "  last_updated: 28/11/2026", "2026-11-28"),
    "a date in quotes": Case(edit("  last_updated: 2026-11-28", "  last_updated: '2026-11-28'"), "not-a-date",
                             "  last_updated: '2026-11-28'", "remove the quotes"),
    "30 February": Case(edit("  last_updated: 2026-11-28", "  last_updated: 2022-02-30"), "not-a-date",
                        "  last_updated: 2022-02-30", "February"),
    "month 13": Case(edit("- date: 2026-11-28", "- date: 2026-13-01"), "not-a-date", "- date: 2026-13-01", "month"),
    "an activity id with a letter": Case(edit("  - id: '3.48'\n", "  - id: '3.48a'\n"), "bad-id", "3.48a", "3.45"),
    "a unit id in capitals": Case(edit("- id: bo-noi-vu\n", "- id: Bo-Noi-Vu\n"), "bad-id", "- id: Bo-Noi-Vu",
                                  "so-noi-vu"),
    "a comparator misspelt": Case(edit("  comparator: tối thiểu\n", "  comparator: toi thieu\n"), "not-allowed",
                                  "  comparator: toi thieu", "tối thiểu"),
    "a unit kind misspelt": Case(edit("  kind: central_body\n", "  kind: central\n"), "not-allowed", "  kind: central\n",
                                 "central_body"),
    "a text over the limit": Case(edit("    text: Phát hành văn bản đôn đốc\n", f"    text: {LONG}\n"), "too-long",
                                  "    text: xxx", "paste"),
    "an empty required text": Case(edit("    text: Phát hành văn bản đôn đốc\n", "    text: ''\n"), "empty-text",
                                   "    text: ''\n    product: Văn bản", "write the text"),
    "a null title": Case(edit("  title: BAN HÀNH", "  title: ~\n  x_title: BAN HÀNH"), "empty-value", "  title: ~",
                         '""'),
    "a list where text belongs": Case(edit("  place: Lâm Đồng\n", "  place: [Lâm, Đồng]\n"), "not-text",
                                      "  place: [Lâm", "quotes"),
    "text where a list belongs": Case(edit("  legal_bases:\n  - Căn cứ Luật", "  legal_bases: Căn cứ\n  x_bases:\n  - Căn cứ Luật"),
                                      "not-a-list", "  legal_bases: Căn cứ", "'- '"),
    "text where a block belongs": Case(edit("  signer:\n    title: CHỦ TỊCH\n    name: Trần Văn Hiệp\n",
                                            "  signer: Trần Văn Hiệp\n"), "not-a-mapping", "  signer: Trần", "indent"),
    "a yes/no word for true": Case(edit("  headline: true\n- id: ct-08", "  headline: có\n- id: ct-08"),
                                   "not-a-boolean", "  headline: có", "true or false"),
    "a line break in a unit name": Case(edit("  name: Bộ Nội vụ\n", "  name: \"Bộ Nội\\nvụ\"\n"), "line-break",
                                        '  name: "Bộ Nội', "one line"),
    "a javascript: licence address": Case(edit("  licence_url: https://creativecommons.org/publicdomain/zero/1.0/",
                                               "  licence_url: javascript:alert(document.domain)"), "bad-url",
                                          "  licence_url: javascript", "https://"),
    "a data: licence address": Case(edit("  licence_url: https://creativecommons.org/publicdomain/zero/1.0/",
                                         "  licence_url: 'data:text/html,<script>alert(1)</script>'"), "bad-url",
                                    "  licence_url: 'data", "https://"),
    "a quote in the licence address": Case(edit("  licence_url: https://creativecommons.org/publicdomain/zero/1.0/",
                                                "  licence_url: 'https://x.invalid/\" onmouseover=\"alert(1)'"),
                                           "bad-url", "  licence_url: 'https://x", "without spaces or quotes"),
    "a javascript: address of the signed decision": Case(add_to_meta("  official_url: javascript:alert(document.domain)\n"),
                                                         "bad-url", "  official_url: javascript", "https://"),
    "a quote in the address of the signed decision": Case(
        add_to_meta("  official_url: 'https://x.invalid/\" onmouseover=\"alert(1)'\n"), "bad-url",
        "  official_url: 'https", "without spaces or quotes"),
    "a space in the contact page's address": Case(
        add_to_meta("  contact:\n    unit: Sở Nội vụ\n    url: https://x.invalid/lien he\n"), "bad-url",
        "    url: https://x.invalid/lien he", "without spaces"),
    "a space in the contact e-mail": Case(add_to_meta("  contact:\n    unit: Sở Nội vụ\n    email: lien he@x.invalid\n"),
                                          "bad-email", "    email: lien he", "ten@donvi.gov.vn"),
    "a quote in the contact e-mail": Case(
        add_to_meta("  contact:\n    unit: Sở Nội vụ\n    email: 'a\"onclick=\"alert(1)@x.invalid'\n"), "bad-email",
        "    email: 'a", "without spaces, quotes"),
    "mailto: in the contact e-mail": Case(add_to_meta("  contact:\n    unit: Sở Nội vụ\n    email: mailto:a@x.invalid\n"),
                                          "bad-email", "    email: mailto:", "mailto:"),
    "a contact no one can reach": Case(add_to_meta("  contact:\n    unit: Sở Nội vụ\n"), "contact-without-address",
                                       "    unit: Sở Nội vụ", "email:"),
    "a javascript: error report": Case(add_to_meta("  error_report: javascript:alert(1)//{url}\n"),
                                       "bad-report-target", "  error_report: javascript", "mailto:"),
    "an error report without {url}": Case(add_to_meta("  error_report: https://x.invalid/issues/new\n"),
                                          "bad-report-target", "  error_report: https://x.invalid/issues", "{url}"),
    "a quote in the error report": Case(
        add_to_meta("  error_report: 'https://x.invalid/new?body={url}\" onclick=\"alert(1)'\n"), "bad-report-target",
        "  error_report: 'https://x.invalid/new", "without spaces or quotes"),
    "a space in the error report": Case(add_to_meta("  error_report: https://x.invalid/new?title=báo lỗi&body={url}\n"),
                                        "bad-report-target", "  error_report: https://x.invalid/new?title", "spaces"),
    "a mailto: error report with more headers": Case(add_to_meta("  error_report: mailto:a@x.invalid?cc=b@evil.invalid\n"),
                                                     "bad-report-target", "  error_report: mailto:a", "one e-mail address"),
    "a not-a-number target": Case(edit("  value: 80\n", "  value: .nan\n"), "not-finite", "  value: .nan", "digits"),
    "an infinite target": Case(edit("  value: 80\n", "  value: .inf\n"), "not-finite", "  value: .inf", "digits"),
    # References between records
    "an activity id used twice": Case(edit("  - id: '3.48'\n", "  - id: '3.47'\n"), "duplicate-id",
                                      "  - id: '3.47'\n    objective: '1.13'\n    task: '2.21'\n    text: Phát",
                                      "next free id"),
    "an article number used twice": Case(edit("  - number: 3\n", "  - number: 1\n"), "duplicate-id", "  - number: 1\n    text: Chánh",
                                         "next free id"),
    "a plan item id used twice": Case(edit("    - id: III.2\n", "    - id: II.1\n"), "duplicate-id", "    - id: II.1\n      label: '2.'",
                                      "own id"),
    "an unknown unit id": Case(edit("      units: [so-tai-chinh]\n    coordinating:\n      text: Các",
                                    "      units: [so-tai-chinhh]\n    coordinating:\n      text: Các"), "unknown-unit",
                               "units: [so-tai-chinhh]", "did you mean 'so-tai-chinh'"),
    "an unknown task": Case(edit("    task: '2.15'\n", "    task: '2.99'\n"), "unknown-task", "    task: '2.99'", "existing task"),
    "an unknown objective": Case(edit("  - id: '2.21'\n    objective: '1.13'", "  - id: '2.21'\n    objective: '1.31'"),
                                 "unknown-objective", "    objective: '1.31'", "1.13"),
    "an unknown section": Case(edit("    section: V\n", "    section: VII\n"), "unknown-section", "    section: VII", "did you mean"),
    "an unknown funding note": Case(edit("    funding: kinh-phi-cchc-hang-nam\n", "    funding: kinh-phi-cchc\n"),
                                    "unknown-funding-note", "    funding: kinh-phi-cchc\n", "kinh-phi-cchc-hang-nam"),
    "an activity under another objective's task": Case(
        edit("    objective: '1.9'\n    task: '2.15'\n    row_label", "    objective: '1.13'\n    task: '2.15'\n    row_label"),
        "wrong-parent", "    objective: '1.13'\n    task: '2.15'", "objective: \"1.9\""),
    "a misspelt unit in a cell": Case(edit("    lead:\n      text: Sở Nội vụ\n", "    lead:\n      text: Sở Nội Vụ Tỉnh\n"),
                                      "unknown-unit-name",
                                      "      text: Sở Nội Vụ Tỉnh", "aliases"),
    "a cell naming another unit than `units`": Case(edit("    lead:\n      text: Sở Nội vụ\n      units: [so-noi-vu]",
                                                         "    lead:\n      text: Sở Nội vụ\n      units: [so-tai-chinh]"),
                                                    "units-disagree", "      units: [so-tai-chinh]\n    coordinating:\n      text: Các Sở, ban, ngành và UBND",
                                                    "units: [so-noi-vu]"),
    "a spelling given to two units": Case(edit("  kind: central_body\n", "  kind: central_body\n  aliases:\n  - Sở Nội vụ\n"),
                                          "ambiguous-spelling", "  - Sở Nội vụ\n- id: cac", "one unit"),
    "`covers` on a single unit": Case(edit("  kind: central_body\n", "  kind: central_body\n  covers: [district]\n"),
                                      "covers-not-collective", "  covers: [district]", "collective"),
    "a collective covering collectives": Case(edit("  covers: [district]\n", "  covers: [district, collective]\n"),
                                              "collective-covers-collective", "  covers: [district, collective]",
                                              "never other collectives"),
    "a collective named after two others": Case(
        edit("- id: ubnd-cac-huyen-thanh-pho\n", "- id: nhom-ghep\n  name: Các Sở, ban, ngành và UBND các huyện, thành phố\n"
             "  kind: collective\n  covers: [provincial_department, district]\n- id: ubnd-cac-huyen-thanh-pho\n"),
        "compound-collective", "  name: Các Sở, ban, ngành và UBND", "retired_units"),
    "a collective with no kinds and no rule": Case(edit("  covers: [district]\n", ""), "collective-without-members",
                                                   "- id: ubnd-cac-huyen-thanh-pho", "covers"),
    "a retired unit id used again": Case(
        lambda: edited("    - unit: so-noi-vu\n      role: implement\n", "    - unit: nhom-cu\n      role: implement\n")
        + "\nretired_units:\n- id: nhom-cu\n  name: Nhóm cũ\n  read_as: [cac-so-ban-nganh]\n  reason: Thử.\n",
        "retired-unit", "    - unit: nhom-cu", "cac-so-ban-nganh"),
    # The glossary
    "an abbreviation listed twice": Case(lambda: minimal_text() + "- term: TTHC\n  expansion: thủ tục\n  note: Lặp.\n",
                                         "duplicate-term", "- term: TTHC\n  expansion: thủ tục\n", "merge"),
    "an abbreviation with no basis": Case(edit("  note: Văn bản không định nghĩa chữ này.\n", ""), "glossary-basis",
                                          "  expansion: Ủy ban nhân dân", "add `note`"),
    "a definition quoted without its place": Case(edit("  defined_in: 'plan_item:I.2'\n", ""), "glossary-basis",
                                                  "  quote: thủ tục hành chính (sau", "give both"),
    "a definition in an unknown item": Case(edit("  defined_in: 'plan_item:I.2'\n", "  defined_in: 'plan_item:I.7'\n"),
                                            "unknown-ref", "  defined_in: 'plan_item:I.7'", "plan_item:I.2"),
    "a definition quoted wrongly": Case(edit("  quote: thủ tục hành chính (sau đây viết tắt là TTHC)\n",
                                             "  quote: thủ tục hành chánh (sau đây viết tắt là TTHC)\n"),
                                        "quote-not-found", "  quote: thủ tục hành chánh", "exactly"),
    "a definition quote without the abbreviation": Case(
        edit("  quote: thủ tục hành chính (sau đây viết tắt là TTHC)\n", "  quote: thủ tục hành chính\n"),
        "glossary-quote", "  quote: thủ tục hành chính\n", "sau đây viết tắt là TTHC"),
    "an abbreviation the plan never uses": Case(lambda: minimal_text() + "- term: VTVL\n  expansion: vị trí việc làm\n"
                                                "  note: Thử.\n", "unused-term", "- term: VTVL", "remove the entry"),
    "an abbreviation only inside a code": Case(lambda: minimal_text() + "- term: QĐ\n  expansion: quyết định\n"
                                               "  note: Thử.\n", "unused-term", "- term: QĐ", "inside a code"),
    "an abbreviation with markup": Case(lambda: minimal_text() + "- term: <b>TT</b>\n  expansion: x\n  note: Thử.\n",
                                        "bad-id", "- term: <b>TT</b>", "such as VB QPPL"),
    "a quote not in its item": Case(edit("    quote: Sở Tài chính chủ trì", "    quote: Sở Tài chánh chủ trì"),
                                    "quote-not-found", "    quote: Sở Tài chánh", "exactly"),
    "an indicator quote not in its item": Case(edit("  quote: 100% văn bản quy phạm pháp luật được ban hành đúng trình tự\n",
                                                    "  quote: 100% văn bản được ban hành\n"), "quote-not-found",
                                               "  quote: 100% văn bản được", "exactly"),
    "an indicator outside part I": Case(edit("  item: I.1\n", "  item: II.1\n"), "indicator-outside-objectives",
                                        "  item: II.1", "under I."),
    "an indicator of an unknown item": Case(edit("  item: I.1\n", "  item: I.9\n"), "unknown-plan-item", "  item: I.9",
                                            "I."),
    "a total that does not add up": Case(edit("  total_million_vnd: 750", "  total_million_vnd: 700"), "budget-total",
                                         "  total_million_vnd: 700", "agree"),
    "an amount that disagrees with its text": Case(edit("    amount_million_vnd: 300\n", "    amount_million_vnd: 310\n"),
                                                   "amount-disagrees", "    amount_million_vnd: 310", "match"),
    "the budget of another year": Case(edit("  year: 2022\n  heading: ", "  year: 2023\n  heading: "), "wrong-year",
                                       "  year: 2023", "year: 2022"),
    "a quarter that does not exist": Case(edit("    deadline: Quý IV năm 2021\n", "    deadline: Quý V năm 2021\n"),
                                          "bad-deadline", "    deadline: Quý V", "Quý IV năm 2022"),
    "a five-digit year": Case(edit("    deadline: Trong năm 2022\n", "    deadline: Trong năm 20222\n"), "bad-deadline",
                              "    deadline: Trong năm 20222", "Trong năm 2022"),
    "a period ending before it starts": Case(edit("    deadline: Giai đoạn 2022 - 2025\n",
                                                  "    deadline: Giai đoạn 2025 - 2022\n"), "bad-deadline",
                                             "    deadline: Giai đoạn 2025", "Giai đoạn 2022 - 2025"),
    "31 February as a deadline": Case(edit("    deadline: Trong năm 2022\n", "    deadline: 31/02/2022\n"),
                                      "bad-deadline", "    deadline: 31/02/2022", "30/6/2022"),
    "a deadline far in the future": Case(edit("    deadline: Trong năm 2022\n", "    deadline: Trong năm 2099\n"),
                                         "year-outside-plan", "    deadline: Trong năm 2099", "oddity"),
    "a deadline before the plan, with no note": Case(edit("    deadline: Trong năm 2022\n", "    deadline: Trong năm 2021\n"),
                                                     "year-outside-plan", "    deadline: Trong năm 2021", "applies_to"),
    "an activity with no text and no gap": Case(edit("    text: Phát hành văn bản đôn đốc\n", "    text: ~\n"),
                                                "missing-text", "    text: ~\n    product: Văn bản", "source_gaps"),
    "a section title left out with no gap": Case(edit("    title: CẢI CÁCH TÀI CHÍNH CÔNG\n", "    title: ~\n"),
                                                 "missing-title", "    title: ~\n    header_in_source: true\n  objectives",
                                                 "source_gaps"),
    "a reference to nothing": Case(edit("  refs: ['activity:3.41']", "  refs: ['activity:3.99']"), "unknown-ref",
                                   "'activity:3.99'", "kind:id"),
    "an inferred field that does not exist": Case(
        edit("    row_label: '41'\n", "    row_label: '41'\n    inferred:\n    - fields: [taskk]\n      reason: Thử.\n"),
        "unknown-field", "    - fields: [taskk]", "task"),
    "a change dated in the future": Case(edit("- date: 2026-11-28", "- date: 2027-01-15"), "date-in-future",
                                         "- date: 2027-01-15", "cannot be in the future"),
    "last_updated in the future": Case(edit("  last_updated: 2026-11-28", "  last_updated: 2030-01-01"), "date-in-future",
                                       "  last_updated: 2030", "cannot be in the future"),
    "a change before the decision": Case(edit("- date: 2026-11-28", "- date: 2012-11-28"), "date-before-decision",
                                         "- date: 2012-11-28", "30/12/2021"),
    "the unit id `index`": Case(lambda: edited("- id: bo-noi-vu\n", "- id: index\n").replace("unit: bo-noi-vu",
                                                                                             "unit: index"),
                                "reserved-id", "- id: index", "reserved"),
    "the unit id `ke-hoach`": Case(lambda: edited("- id: bo-noi-vu\n", "- id: ke-hoach\n").replace("unit: bo-noi-vu",
                                                                                                   "unit: ke-hoach"),
                                   "reserved-id", "- id: ke-hoach", "reserved"),
    "a funding note and a budget line with one anchor": Case(
        lambda: edited("  - id: kinh-phi-cchc-hang-nam\n", "  - id: '1'\n").replace("funding: kinh-phi-cchc-hang-nam",
                                                                                       "funding: '1'"),
        "duplicate-anchor", "  - id: '1'", "differs"),
    "a note id taken by a heading": Case(edit("- id: tieu-de-lap-lai\n", "- id: phan-thieu\n"), "duplicate-anchor",
                                         "- id: phan-thieu", "differs"),
    "a note id equal to a gap id": Case(edit("- id: tieu-de-lap-lai\n", "- id: phu-luc-dau\n"), "duplicate-anchor",
                                        "- id: phu-luc-dau\n  kind: layout", "differs"),
    "plan item ids with one anchor": Case(edit("      - id: II.1.d\n", "      - id: II.1-1\n        label: '-'\n"
                                               "        text: Thử.\n      - id: II.1.1\n"),
                                          "duplicate-anchor", "      - id: II.1.1", "differs"),
    "an indicator id taken by a plan item": Case(edit("- id: ct-08\n", "- id: kh-i-1\n"), "duplicate-anchor",
                                                 "- id: kh-i-1", "differs"),
    # Characters that look like nothing
    "a non-breaking space": Case(edit("Phát hành văn bản", "Phát hành\u00a0văn bản"), "invisible-character",
                                 "    text: Phát hành\u00a0", "ordinary space"),
    "a zero-width space": Case(edit("Phát hành văn bản", "Phát hành\u200bvăn bản"), "invisible-character",
                               "    text: Phát", "invisible"),
    "a right-to-left override": Case(edit("    lead:\n      text: Sở Nội vụ\n", "    lead:\n      text: Sở Nội vụ\u202e\n"),
                                     "invisible-character", "      text: Sở Nội vụ\u202e", "another order"),
    "a zero-width joiner": Case(edit("Phát hành văn bản", "Phát\u200d hành văn bản"), "invisible-character",
                                "    text: Phát", "invisible"),
    "a soft hyphen": Case(edit("Phát hành văn bản", "Phát hà\u00adnh văn bản"), "invisible-character", "    text: Phát",
                          "invisible"),
    "a tab inside quoted text": Case(edit("    text: Phát hành văn bản đôn đốc\n", '    text: "Phát hành\\tvăn bản"\n'),
                                     "invisible-character", '    text: "Phát', "space"),
    "a line separator": Case(edit("Phát hành văn bản", "Phát hành\u2028văn bản"), "invisible-character",
                             "    text: Phát", "invisible"),
    "an en space": Case(edit("Phát hành văn bản", "Phát hành\u2002văn bản"), "invisible-character", "    text: Phát",
                        "ordinary space"),
    "a private-use character": Case(edit("Phát hành văn bản", "Phát hành\ue000 văn bản"), "invisible-character",
                                    "    text: Phát", "invisible"),
    "a zero-width space written as a YAML escape": Case(edit("    text: Phát hành văn bản đôn đốc\n",
                                                             '    text: "Phát hành\\u200bvăn bản"\n'),
                                                        "invisible-character", '    text: "Phát', "invisible"),
    "a backspace written as a YAML escape": Case(edit("    text: Phát hành văn bản đôn đốc\n", '    text: "Phát\\bhành"\n'),
                                                 "control-character", '    text: "Phát', "delete it"),
    "a bidirectional isolate in a unit name": Case(edit("  name: Bộ Nội vụ\n", "  name: \u2067Bộ Nội vụ\n"),
                                                   "invisible-character", "  name: \u2067", "another order"),
}


def _write(tmp_path: Path, content) -> Path:
    target = tmp_path / "plan.yaml"
    if content is None:
        return target
    if isinstance(content, str):
        target.write_text(content, encoding="utf-8", newline="")
    else:
        target.write_bytes(content)
    return target


def _expected_line(case: Case, content) -> int:
    if isinstance(case.at, int):
        return case.at
    text = content if isinstance(content, str) else minimal_text()
    return line_of(text, case.at)


@pytest.mark.parametrize("name", CASES)
def test_the_loader_names_the_code_line_and_fix(name, tmp_path):
    case = CASES[name]
    content = case.content()
    data = _write(tmp_path, content)
    with pytest.raises(PlanInvalid) as caught:
        load(data, on=TODAY)
    issues = caught.value.issues
    found = [issue for issue in issues if issue.code == case.code]
    assert found, f"no [{case.code}] among:\n{caught.value.report()}"
    issue = found[0]
    assert issue.line == _expected_line(case, content), issue.format()
    assert issue.file.endswith("plan.yaml") and issue.column >= 1
    assert case.fix in issue.hint, issue.format()
    assert all(len(i.message) < 600 for i in issues), "a message echoes too much of the value"


@pytest.mark.parametrize("name", CASES)
def test_plan_check_and_the_build_refuse_it_the_same_way(name, tmp_path, monkeypatch, site_workdir):
    case = CASES[name]
    data = _write(tmp_path, case.content())
    monkeypatch.setenv("PLAN_TODAY", TODAY.isoformat())
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = plan_check([str(data)])
    assert status == 1 and f"[{case.code}]" in err.getvalue() and "fix:" in err.getvalue()

    site = site_workdir / "site"
    _earlier_site(site)
    outcome = build_in_process(site_workdir, data, site)
    assert outcome.failed and "Traceback" not in outcome.log
    assert f"[{case.code}]" in outcome.log and "The site was not built" in outcome.log, outcome.log[-2000:]
    assert not (site / "index.html").exists() and not (site / "phu-luc").exists()
    assert (site / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (site / "CNAME").read_text() == "ke-hoach.example\n"


def _earlier_site(site: Path) -> None:
    shutil.rmtree(site, ignore_errors=True)
    (site / ".git").mkdir(parents=True)
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (site / "CNAME").write_text("ke-hoach.example\n")
    (site / "phu-luc").mkdir()
    (site / "phu-luc" / "index.html").write_text("an earlier build")
    (site / "index.html").write_text("an earlier build")


def test_there_are_at_least_a_hundred_hostile_inputs():
    from tests.test_hostile_build import PAYLOADS

    assert len(CASES) + len(PAYLOADS) + len(ACCEPTED) >= 100


ACCEPTED = {
    "Windows line endings": lambda text: text.replace("\n", "\r\n").encode(),
    "a UTF-8 byte order mark": lambda text: codecs.BOM_UTF8 + text.encode(),
    "decomposed Unicode (NFD)": lambda text: unicodedata.normalize("NFD", text).encode(),
}


@pytest.mark.parametrize("name", ACCEPTED)
def test_harmless_encodings_read_as_the_same_plan(name, tmp_path):
    data = tmp_path / "plan.yaml"
    data.write_bytes(ACCEPTED[name](minimal_text()))
    loaded = load(data, on=TODAY)
    assert loaded.plan == load(MINIMAL, on=TODAY).plan
    assert bool(loaded.notices) == (name == "decomposed Unicode (NFD)")
