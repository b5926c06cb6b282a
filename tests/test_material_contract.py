"""What the site assumes about Material for MkDocs, each named, so an upgrade that breaks one fails here.

This is also the checklist for a port to Material's successor (Zensical): each
test says which file of ours relies on what. The worker's message protocol is
checked in a browser (tests/browser/test_material_worker.py).
"""

from __future__ import annotations

import difflib
import itertools
import re

from mkdocs.config import load_config

from devtools.project import ROOT
from tests.support.material import ENGLISH, NOT_TEXT, THEME, translations

OVERRIDES = ROOT / "overrides"


def _bundle_text() -> str:
    """Material's installed script bundle."""
    return next((THEME / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")


def test_the_scripts_block_is_one_script_tag_per_script():
    """overrides/main.html makes Material's scripts inert with `super() | replace('<script src=', …)`."""
    block = re.search(r"{% block scripts %}(.*?){% endblock %}", (THEME / "base.html").read_text(), re.S)[1]
    assert re.search(r"<script src=\"{{ 'assets/javascripts/bundle\.[0-9a-f]+\.min\.js' \| url }}\"></script>", block)
    assert block.count("<script") == 1 and "config.extra_javascript" in block
    assert "super() | replace('<script src=', '<script type=\"text/plain\" data-start-on-use data-src=')" in (
        OVERRIDES / "main.html").read_text()


def test_no_extra_javascript_that_the_replace_would_make_inert():
    """Any extra_javascript would be written inert too, and started only on first use: add it to start-on-use."""
    assert load_config(config_file=str(ROOT / "mkdocs.yml")).extra_javascript == []


def test_built_pages_hold_the_scripts_inert_until_first_use(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    inert = re.findall(r'<script type="text/plain" data-start-on-use data-src="([^"]+)"', html)
    assert len(inert) == 2 and inert[0].endswith("search-vi.js") and "/bundle." in inert[1]
    assert not re.search(r'<script src="[^"]*bundle\.', html), "the bundle would run at load"


COPIED_TEMPLATES = {  # our copy (below overrides/) → the lines we changed, as (Material's line, ours)
    "partials/search.html": [('<div class="md-search" data-md-component="search" role="dialog">',
                              '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">')],
    "partials/toc.html": [('<label class="md-nav__title" for="__toc">',
                           '{% set section_index = page.is_index and page.parent and (page.parent.children | first) == page %}'),
                          (None, '<label class="md-nav__title"{% if page in nav.pages and not section_index %} for="__toc"{% endif %}>')],
    "partials/path.html": [('<nav class="md-path" aria-label="{{ lang.t(\'nav\') }}" {{ hidden }}>',
                            '<nav class="md-path" aria-label="Đường dẫn" {{ hidden }}>')],
    "partials/progress.html": [('<div class="md-progress" data-md-component="progress" role="progressbar"></div>',
                                '<div class="md-progress" data-md-component="progress" aria-hidden="true"></div>')],
    "partials/logo.html": [('<img src="{{ config.theme.logo | url }}" alt="logo">',
                            '<img src="{{ config.theme.logo | url }}" alt="">')],
    "partials/copyright.html": [(None, "{{ site_footer(page) }}"), ("Made with", "Trang web dựng bằng")],
    "404.html": [("<h1>404 - Not found</h1>", "<h1>Không tìm thấy trang (lỗi 404)</h1>"),
                 (None, '<p>Trang web không có địa chỉ này. <a href="{{ nav.homepage.url | url }}">Về trang chủ</a></p>')],
}


def _code_lines(text: str) -> list[str]:
    return [line.strip() for line in re.sub(r"{#-?.*?-?#}", "", text, flags=re.S).splitlines() if line.strip()]


def _changed_lines(theirs: list[str], ours: list[str]) -> list[tuple]:
    """(Material's line, ours) for every line that differs, None for a line one side lacks."""
    matcher = difflib.SequenceMatcher(None, theirs, ours)
    return [pair for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
            for pair in itertools.zip_longest(theirs[i1:i2], ours[j1:j2])]


def test_copied_templates_equal_the_installed_ones_but_for_our_lines():
    for name, changes in COPIED_TEMPLATES.items():
        changed = _changed_lines(_code_lines((THEME / name).read_text()), _code_lines((OVERRIDES / name).read_text()))
        assert changed == changes, f"{name} no longer matches Material's: {changed}"


def test_the_bundle_mounts_on_one_domcontentloaded():
    """start-on-use.html re-dispatches DOMContentLoaded once, after the bundle has loaded late."""
    assert '"DOMContentLoaded",{once:!0}' in _bundle_text()
    assert 'document.dispatchEvent(new Event("DOMContentLoaded"))' in (OVERRIDES / "partials" / "start-on-use.html").read_text()


def test_the_palette_is_stored_as_index_and_colours():
    """palette-before-start.html stores a choice made before the bundle runs as Material does."""
    text = _bundle_text()
    assert '__md_get("__palette")||{index:' in text and 'Object.entries(s.color)' in text
    ours = (OVERRIDES / "partials" / "palette-before-start.html").read_text()
    assert '__md_set("__palette", { index: inputs.indexOf(chosen), color: colours(chosen) })' in ours


def _worker() -> str:
    return next((THEME / "assets" / "javascripts" / "workers").glob("search.*.min.js")).read_text(encoding="utf-8")


def test_the_search_worker_is_the_one_search_vi_replaces():
    """search-vi.js starts our worker instead of Material's, whose file name it matches."""
    workers = list((THEME / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    assert len(workers) == 1 and re.fullmatch(r"search\.[0-9a-f]+\.min\.js", workers[0].name)


def test_the_worker_splits_words_with_the_index_separator_and_applies_page_boosts():
    """search-vi-rank.js splits entries and queries with lunr.tokenizer.separator as Material sets it;
    it reads an entry's `boost` (front matter `search: boost`) as Material passes it to lunr."""
    worker = _worker()
    assert re.search(r"lunr\.tokenizer\.separator=new RegExp\(\w+\.separator\)", worker)
    assert re.search(r"this\.add\((\w+),\{boost:\1\.boost\}\)", worker)
    assert "lunr.tokenizer.separator" in (ROOT / "docs" / "assets" / "search-vi-rank.js").read_text()


def test_a_result_group_is_drawn_as_search_vi_present_groups_it():
    """search-vi-present.js builds each group for the way Material draws it: the group's first entry
    without "#" is drawn first, as the page's title (with its text only when it leads the group);
    the sections scored like the group's first entry follow with their text, the others under
    "N more"; Enter opens the best-scored link of the first group."""
    bundle = _bundle_source()
    assert re.search(r'findIndex\((\w+)=>!`\$\{new URL\(\1\.location,\w+\.base\)\}`\.includes\("#"\)\)', bundle)
    assert re.search(r"(\w+)=\w+\[0\]\.score,.{0,200}?findIndex\((\w+)=>\2\.score<\1\)", bundle, re.S)
    assert re.search(r'":first-child \[href\]".{0,200}?data-md-score', bundle, re.S)


def test_result_terms_mean_what_search_vi_present_puts_in_them():
    """A result's `terms`: the false ones are listed as missing ("Không: …"), the true ones are
    passed to the page it opens (?h=) to highlight there."""
    bundle = _bundle_source()
    assert re.search(r"Object\.keys\((\w+)\.terms\)\.filter\((\w+)=>!\1\.terms\[\2\]\)", bundle)
    assert re.search(r'searchParams\.set\("h",Object\.entries\(\w+\.terms\)\.filter\(\(\[,(\w+)\]\)=>\1\)', bundle)


def _bundle_source() -> str:
    return next((THEME / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")


def test_section_labels_still_carry_the_empty_tabindex_we_drop():
    """plan/site/theme_html.py drops tabindex="" from navigation section labels (invalid HTML)."""
    assert 'tabindex="{{ tabindex }}"' in (THEME / "partials" / "nav-item.html").read_text()


def test_every_copied_template_is_checked_here():
    """A file in overrides/ that replaces one of Material's (not main.html, which extends it) is a copy to keep in step."""
    replaced = {path.relative_to(OVERRIDES).as_posix() for path in OVERRIDES.rglob("*.html")
                if (THEME / path.relative_to(OVERRIDES)).is_file()}
    assert replaced - {"main.html"} == set(COPIED_TEMPLATES)


def _translate(keys) -> dict[str, str]:
    """What the site's templates print for each key: the theme's `lang.t` under our mkdocs.yml."""
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    template = config.theme.get_env().get_template("partials/language.html", None, {"config": config})
    return {key: str(template.module.t(key)) for key in keys}


def test_our_translations_change_only_keys_material_has():
    """overrides/partials/languages/custom.html: a key Material renamed would silently fall back to vi.html."""
    ours = translations(OVERRIDES / "partials" / "languages" / "custom.html")
    assert ours and set(ours) <= set(ENGLISH), set(ours) - set(ENGLISH)


def test_no_interface_string_is_left_in_english():
    """Every string Material translates is Vietnamese here: none falls back to en.html's English."""
    shown = _translate(ENGLISH)
    left = {key: value for key, value in shown.items() if key not in NOT_TEXT and value == ENGLISH[key]}
    assert not left, f"still English: {left}"
    assert shown["language"] == "vi" and shown["top"] == "Lên đầu trang"


def test_no_feature_whose_button_material_labels_in_english():
    """The bundle titles the line-selection button "Toggle line selection", untranslated: keep the feature off."""
    assert '"Toggle line selection"' in _bundle_text()
    features = load_config(config_file=str(ROOT / "mkdocs.yml")).theme["features"]
    assert "content.code.select" not in features
