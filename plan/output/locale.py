"""Numbers, shares and dates written the Vietnamese way (Babel, locale vi_VN)."""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.dates import DateTimePattern, format_date
from babel.dates import parse_pattern as date_pattern
from babel.numbers import NumberPattern, format_decimal, format_percent
from babel.numbers import parse_pattern as number_pattern

LOCALE = "vi_VN"

# Babel parses the locale name and the pattern again on every call, which cost twice the
# formatting itself; both are parsed once here and handed to Babel's own formatting, unchanged.


@cache
def _vi() -> Locale:
    return Locale.parse(LOCALE)


@cache
def _number(pattern: str) -> NumberPattern:
    return number_pattern(pattern)


@cache
def _date(pattern: str) -> DateTimePattern:
    return date_pattern(pattern)


def number(value, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=_number(pattern), locale=_vi())


def percent(value: float, digits: int = 1) -> str:
    return format_percent(value, format=_number("#,##0." + "0" * digits + "%"), locale=_vi())


def vn_date(value) -> str:
    return format_date(value, _date("dd/MM/yyyy"), locale=_vi())


def decimal(value, digits: int = 2) -> str:
    """A figure as reported, with at most `digits` decimals: "75,5", "62"."""
    return format_decimal(value, format=_number("#,##0." + "#" * digits), locale=_vi())


def percent_points(value) -> str:
    """A percent given as 0–100 (a completion, a progress figure): "62,5%"."""
    return decimal(value, 1) + "%"
