"""Every page's footer: where the decision comes from, whom to ask, and where to report an error on the page."""

from __future__ import annotations

from urllib.parse import quote

REPORT_SUBJECT = "Báo lỗi trên trang"


def report_href(target: str, page_address: str) -> str:
    """The link that reports an error on the page whose full address is `page_address`.

    `target` is `meta.error_report`, checked at load time: mailto: and one
    address, or an http(s) address holding `{url}` once. The page's address
    comes from the build (site_url and the page's path) and is percent-encoded
    whole, so it stays one query value whatever it contains.
    """
    if target.startswith("mailto:"):
        body = f"Trang: {page_address}\r\n\r\nLỗi: "
        return f"{target}?subject={quote(REPORT_SUBJECT, safe='')}&body={quote(body, safe='')}"
    return target.replace("{url}", quote(page_address, safe=""))
