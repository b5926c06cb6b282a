"""The site's contact: a unit readers are pointed to must come with a way to reach it."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check


@check
def contact_has_an_address(facts: Facts) -> Iterator[Finding]:
    contact = facts.plan.meta.contact
    if contact is not None and contact.email is None and contact.url is None:
        yield (("meta", "contact"), "contact-without-address",
               f"the contact names {contact.unit!r} but gives no way to reach it",
               "add `email:` (ten@donvi.gov.vn) or `url:` (the unit's contact page, https://…), or both; "
               "or remove `contact` until there is one")
