"""One page of each kind the site has, shared by the browser quality gates."""

UNIT_PAGE = "don-vi/so-tu-phap/"  # the unit with the most activities: the longest unit page

PAGE_KINDS = {
    "home": "",
    "decision": "quyet-dinh/",
    "plan": "ke-hoach/",
    "appendix": "phu-luc/",
    "units": "don-vi/",
    "unit": UNIT_PAGE,
    "deadlines": "thoi-han/",
    "budget": "kinh-phi/",
    "open-data": "du-lieu/",
    "sources": "nguon/",
    "history": "lich-su/",
    "editing-guide": "huong-dan-bien-tap/",
}
