"""A site built from the minimal fixture with a hostile payload in many text fields.

Each payload is tagged "Pnn" and, where it could run, tries `window.__xss=nn`
or `alert(nn)`: the tests look for the tag as text on the pages and in every
export, and for "__xss" or "alert(" anywhere it could run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import yaml

from devtools.site_build import build_site
from tests.support.fixtures import TODAY, minimal_text

Data = dict


@dataclasses.dataclass(frozen=True)
class Payload:
    text: str
    put: Callable[[Data, str], None]  # writes the payload into the fixture's data
    pages: tuple[str, ...]  # site-relative pages that must show it as text
    exports: tuple[str, ...] = ()  # files under du-lieu/ that must carry it


def _activity(data: Data, activity_id: str) -> dict:
    return next(a for a in data["appendix"]["activities"] if a["id"] == activity_id)


def _item(data: Data, item_id: str) -> dict:
    stack = [item for part in data["plan"]["parts"] for item in part["items"]]
    while stack:
        item = stack.pop()
        if item["id"] == item_id:
            return item
        stack.extend(item.get("children", []))
    raise KeyError(item_id)


def _set(*keys: str) -> Callable[[Data, str], None]:
    def put(data: Data, value: str) -> None:
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return put


def _activity_field(activity_id: str, field: str) -> Callable[[Data, str], None]:
    return lambda data, value: _activity(data, activity_id).__setitem__(field, value)


def _hostile_unit(data: Data, value: str) -> None:
    data["units"].append({"id": "don-vi-thu", "name": value, "kind": "enterprise", "aliases": [value + " (viết khác)"]})
    activity = _activity(data, "3.48")
    activity["coordinating"] = {"text": "Các Sở, ban, ngành; " + value, "units": ["cac-so-ban-nganh", "don-vi-thu"]}


def _plan_item_text(data: Data, value: str) -> None:
    item = _item(data, "II.1.d")
    item["text"] = item["text"] + " " + value


def _indicator(data: Data, value: str) -> None:
    item = _item(data, "I.1")
    item["text"] = item["text"] + " " + value
    indicator = data["indicators"][0]
    indicator["quote"] = value
    indicator["measure"] = value


def _label(data: Data, value: str) -> None:
    _item(data, "III.2")["label"] = value


def _deadline(data: Data, value: str) -> None:
    _activity(data, "3.23")["deadline"] = "Trong năm 2022 " + value


def _budget_line(data: Data, value: str) -> None:
    line = data["budget"]["lines"][1]
    line["text"] = value + " Kinh phí thực hiện: 450 triệu đồng."


def _change(data: Data, value: str) -> None:
    data["changes"][1]["summary"] = value
    data["changes"][1]["basis"] = value + " (căn cứ)"


def _note(data: Data, value: str) -> None:
    data["notes"][0]["text"] = value


def _gap(data: Data, value: str) -> None:
    data["source_gaps"][0]["description"] = value


def _inferred(data: Data, value: str) -> None:
    _activity(data, "3.41")["inferred"] = [{"fields": ["task"], "reason": value}]


def _glossary_entry(data: Data, value: str) -> None:
    """The expansion lands in the `title` of every UBND on the site, and as text on the glossary page."""
    entry = next(e for e in data["glossary"] if e["term"] == "UBND")
    entry["expansion"] = value
    entry["note"] = value + " (căn cứ)"


def _contact(data: Data, value: str) -> None:
    data["meta"]["contact"] = {"unit": value, "email": "lien-he@example.invalid"}


XSS = "window.__xss="
PAYLOADS: dict[str, Payload] = {
    "script tag in an activity text": Payload(
        f"P01 <script>{XSS}1</script> <img src=x onerror=\"{XSS}1\">", _activity_field("3.47", "text"),
        ("phu-luc/", "don-vi/so-tai-chinh/", "thoi-han/"), ("ke-hoach.json", "hoat-dong.csv", "lich/so-tai-chinh.ics")),
    "Markdown at line starts in a product": Payload(
        "P02 > trích dẫn\n# tiêu đề\n| a | b |\n* mục\n1. Đánh số\n    khối mã", _activity_field("3.48", "product"),
        ("phu-luc/",), ("ke-hoach.json", "hoat-dong.csv")),
    "a javascript link in Markdown": Payload(
        "P03 [bấm vào](javascript:alert(3)) ![ảnh](javascript:alert(3)) <javascript:alert(3)>",
        _activity_field("3.41", "text"), ("phu-luc/", "don-vi/so-noi-vu/"), ("ke-hoach.json", "hoat-dong.csv")),
    "template syntax in a task": Payload(
        "P04 {{ config.site_name }} {% raw %}x{% endraw %} {# c #} ${7*7} <%= 7*7 %>",
        lambda data, value: data["appendix"]["tasks"][0].__setitem__("text", value), ("phu-luc/",), ("ke-hoach.json",)),
    "an attribute list in an objective": Payload(
        "P05 {: onclick=\"alert(5)\" } {: #hd-3-47 } \" onmouseover=\"alert(5)",
        lambda data, value: data["appendix"]["objectives"][0].__setitem__("text", value), ("phu-luc/",),
        ("ke-hoach.json",)),
    "closing the title in a unit name": Payload(
        "P06 </title><script>alert(6)</script> &lt;b&gt;", _hostile_unit,
        ("don-vi/don-vi-thu/", "don-vi/", "phu-luc/"), ("ke-hoach.json", "don-vi.csv", "hoat-dong.csv",
                                                        "lich/don-vi-thu.ics", "hoat-dong-don-vi.csv")),
    "a plan item label with a link and attributes": Payload(
        "P07 [x](javascript:alert(7)){: onclick=\"alert(7)\" }", _label, ("ke-hoach/",), ("ke-hoach.json",)),
    "a part title with an image": Payload(
        "P08 <img src=x onerror=alert(8)> *đậm* _nghiêng_",
        lambda data, value: data["plan"]["parts"][1].__setitem__("title", value), ("ke-hoach/",), ("ke-hoach.json",)),
    "a plan item text": Payload(f"P09 <svg onload=\"{XSS}9\"></svg>", _plan_item_text, ("ke-hoach/",), ("ke-hoach.json",)),
    "an indicator quote": Payload(f"P10 <b onmouseover=\"{XSS}10\">đậm</b> 100%", _indicator, ("ke-hoach/", ""),
                                  ("ke-hoach.json", "chi-tieu.csv")),
    "a deadline qualifier": Payload(f"P11 <script>{XSS}11</script>", _deadline, ("thoi-han/", "phu-luc/"),
                                    ("ke-hoach.json", "hoat-dong.csv", "lich/ke-hoach.ics")),
    "a budget line": Payload(f"P12 <iframe src=\"javascript:{XSS}12\"></iframe>", _budget_line, ("kinh-phi/",),
                             ("ke-hoach.json", "kinh-phi.csv")),
    "the budget heading": Payload(f"P13 </svg><script>{XSS}13</script>", _set("budget", "heading"), ("kinh-phi/",),
                                  ("ke-hoach.json",)),
    "a funding note": Payload(f"P14 <a href=\"javascript:{XSS}14\">x</a>",
                              lambda data, value: data["budget"]["funding_notes"][0].__setitem__("text", value),
                              ("kinh-phi/", "phu-luc/"), ("ke-hoach.json", "hoat-dong.csv")),
    "a change in the history": Payload(f"P15 <script>{XSS}15</script>", _change, ("lich-su/",), ("ke-hoach.json",)),
    "a note about the source": Payload(f"P16 <style>body{{display:none}}</style>", _note, ("nguon/",),
                                       ("ke-hoach.json",)),
    "a gap description": Payload(f"P17 <details open ontoggle=\"{XSS}17\">", _gap, ("nguon/", "phu-luc/"),
                                 ("ke-hoach.json",)),
    "the decision's title": Payload(f"P18 <script>{XSS}18</script>", _set("document", "title"), ("quyet-dinh/", "du-lieu/"),
                                    ("ke-hoach.json", "datapackage.json")),
    "the signer's name": Payload(f"P19 <meta http-equiv=refresh content=\"0;url=javascript:{XSS}19\">",
                                 _set("document", "signer", "name"), ("quyet-dinh/", ""), ("ke-hoach.json",)),
    "a spreadsheet formula in a product": Payload(
        "=HYPERLINK(\"http://evil.invalid/?P20\",\"P20 bấm\")", _activity_field("3.47", "product"), ("phu-luc/",),
        ("ke-hoach.json", "hoat-dong.csv")),
    "a spreadsheet command in a text": Payload("+P21 cmd|' /C calc'!A0", _activity_field("3.48", "text"), ("phu-luc/",),
                                               ("ke-hoach.json", "hoat-dong.csv")),
    "an at-sign formula in a product": Payload(
        "@P22 SUM(1+1)", _activity_field("3.41", "product"), ("phu-luc/",), ("ke-hoach.json", "hoat-dong.csv")),
    "calendar lines in a product": Payload(
        "P23\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:giả mạo; a, b \\\\ c", _activity_field("3.23", "product"),
        ("phu-luc/",), ("ke-hoach.json", "lich/ke-hoach.ics")),
    "an inference reason": Payload(f"P24 <script>{XSS}24</script>", _inferred, ("nguon/",), ("ke-hoach.json",)),
    "the site title": Payload(f"P25 <script>{XSS}25</script>", _set("meta", "site_title"), (),
                              ("ke-hoach.json", "datapackage.json")),
    "entity text": Payload("P26 &lt;script&gt; &amp;amp; &#60;b&#62; &#x3C;", _set("meta", "publisher"), (),
                           ("ke-hoach.json", "datapackage.json")),
    "an article of the decision": Payload(f"P27 <object data=\"javascript:{XSS}27\"></object>",
                                          lambda data, value: data["document"]["articles"][0].__setitem__("text", value),
                                          ("quyet-dinh/",), ("ke-hoach.json",)),
    "a section title": Payload(f"P28 <script>{XSS}28</script> ## không phải tiêu đề",
                               lambda data, value: data["appendix"]["sections"][2].__setitem__("title", value),
                               ("phu-luc/",), ("ke-hoach.json",)),
    "a very long text with a very long word": Payload(
        "P29 " + "Rất dài " * 600 + "x" * 400,
        lambda data, value: data["appendix"]["tasks"][1].__setitem__("text", value), ("phu-luc/",), ("ke-hoach.json",)),
    "an abbreviation's expansion and note": Payload(
        f"P30 \"><script>{XSS}30</script> ' onfocus='{XSS}30", _glossary_entry, ("viet-tat/",), ("ke-hoach.json",)),
    "the site's contact, in every footer": Payload(f"P31 <script>{XSS}31</script> {{{{ config.site_name }}}} \" onclick=\"{XSS}31",
                                                  _contact, ("", "quyet-dinh/", "404.html"), ("ke-hoach.json",)),
}


def hostile_data() -> Data:
    data = yaml.safe_load(minimal_text())
    for payload in PAYLOADS.values():
        payload.put(data, payload.text)
    return data


def hostile_yaml() -> str:
    return yaml.safe_dump(hostile_data(), allow_unicode=True, sort_keys=False, width=10_000)


def build_hostile_site(workdir: Path) -> Path:
    data = workdir / "plan.yaml"
    data.write_text(hostile_yaml(), encoding="utf-8")
    result = build_site(workdir, data_file=data, extra_env={"PLAN_TODAY": TODAY.isoformat()})
    assert result.returncode == 0, result.stderr[-4000:]
    return workdir / "site"
