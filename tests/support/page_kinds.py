"""One page of each kind the site has, shared by the browser quality gates."""

UNIT_PAGE = "don-vi/so-noi-vu/"  # a department: its own activities and the collectives it belongs to
COLLECTIVE_PAGE = "don-vi/cac-so-ban-nganh/"  # a collective: the activities given to every department
KIND_PAGE = "don-vi/loai/ubnd-cap-huyen/"  # everything a district owes, named or through a collective
RETIRED_PAGE = "don-vi/cac-so-ban-nganh-va-dia-phuong/"  # an old address that now says how it is read

PAGE_KINDS = {
    "home": "",
    "decision": "quyet-dinh/",
    "plan": "ke-hoach/",
    "appendix": "phu-luc/",
    "units": "don-vi/",
    "unit": UNIT_PAGE,
    "collective": COLLECTIVE_PAGE,
    "kind": KIND_PAGE,
    "retired": RETIRED_PAGE,
    "deadlines": "thoi-han/",
    "budget": "kinh-phi/",
    "progress": "tien-do/",
    "open-data": "du-lieu/",
    "sources": "nguon/",
    "history": "lich-su/",
    "editing-guide": "huong-dan-bien-tap/",
}
