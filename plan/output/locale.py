"""Numbers, shares and dates written the Vietnamese way (Babel, locale vi_VN)."""

from __future__ import annotations

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

LOCALE = "vi_VN"


def number(value, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def percent(value: float, digits: int = 1) -> str:
    return format_percent(value, format="#,##0." + "0" * digits + "%", locale=LOCALE)


def vn_date(value) -> str:
    return format_date(value, "dd/MM/yyyy", locale=LOCALE)


def decimal(value, digits: int = 2) -> str:
    """A figure as reported, with at most `digits` decimals: "75,5", "62"."""
    return format_decimal(value, format="#,##0." + "#" * digits, locale=LOCALE)


def percent_points(value) -> str:
    """A percent given as 0–100 (a completion, a progress figure): "62,5%"."""
    return decimal(value, 1) + "%"
