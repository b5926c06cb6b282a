"""One page of each kind the site has, shared by the browser quality gates."""

UNIT_PAGE = "don-vi/so-noi-vu/"  # a department: its own activities and the collectives it belongs to
COLLECTIVE_PAGE = "don-vi/cac-so-ban-nganh-va-dia-phuong/"  # the longest unit page

PAGE_KINDS = {
    "home": "",
    "decision": "quyet-dinh/",
    "plan": "ke-hoach/",
    "appendix": "phu-luc/",
    "units": "don-vi/",
    "unit": UNIT_PAGE,
    "collective": COLLECTIVE_PAGE,
    "deadlines": "thoi-han/",
    "budget": "kinh-phi/",
    "progress": "tien-do/",
    "open-data": "du-lieu/",
    "sources": "nguon/",
    "history": "lich-su/",
    "editing-guide": "huong-dan-bien-tap/",
}
