"""Small value rules: labels from TYPE parameters, birthdays, instant-messaging names.

Pure functions on already-decoded text, shared by the reader and the writer so both
agree on what "mobile" or "--04-12" mean.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from functools import lru_cache

OTHER = "other"

# TYPE values that say nothing about *which* address or number this is.
_GENERIC_TYPES = frozenset(
    {"pref", "internet", "x400", "voice", "msg", "text", "dom", "intl", "postal", "parcel"}
)
_PHONE_KINDS = (
    (frozenset({"cell", "mobile", "iphone"}), "mobile"),
    (frozenset({"pager"}), "pager"),
    (frozenset({"main"}), "main"),
)
# Apple's built-in labels, spelled the way phone_label() names the same thing.
_APPLE_BUILTINS = {"homefax": "home fax", "workfax": "work fax", "otherfax": "fax"}
_APPLE_LABEL_RE = re.compile(r"_\$!<(.*)>!\$_\Z", re.DOTALL)
_BDAY_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T[0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?\Z")
_YEARLESS_RE = re.compile(r"--(\d{2})-?(\d{2})\Z")
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

# Legacy one-property-per-service instant messaging names (Apple, Evolution, Google).
IM_PROPERTIES = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "xmpp",
    "X-GTALK": "googletalk",
    "X-GOOGLE-TALK": "googletalk",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-QQ": "qq",
    "X-GADUGADU": "gadugadu",
    "X-GROUPWISE": "groupwise",
    "X-TWITTER": "twitter",
    "X-SIP": "sip",
    "X-SAMETIME": "sametime",
    "X-MS-IMADDRESS": "im",
}
_IM_ALIASES = {
    "jabber": "xmpp",
    "gtalk": "googletalk",
    "google": "googletalk",
    "google-talk": "googletalk",
    "gadu": "gadugadu",
    "gg": "gadugadu",
    "ymsgr": "yahoo",
    "msnim": "msn",
}
_IMPP_GENERIC_TYPES = frozenset({"home", "work", "personal", "business", "mobile", "pref", OTHER})


def apple_label(text: str) -> str:
    """Return an X-ABLabel's text; Apple's built-in ``_$!<Home>!$_`` becomes "home"."""
    text = text.strip()
    match = _APPLE_LABEL_RE.match(text)
    if not match:
        return text
    label = match.group(1).strip().lower()
    return _APPLE_BUILTINS.get(label, label)


@lru_cache(maxsize=1024)
def plain_label(types: tuple[str, ...]) -> str:
    """Label for an email, address or URL from its TYPE values.

    Args:
        types: TYPE values, lower-case, in card order (a tuple: answers are cached).

    Returns:
        "home", "work", "other", the first specific custom type, or "other".
    """
    for wanted in ("home", "work", OTHER):
        if wanted in types:
            return wanted
    return next((t for t in types if t not in _GENERIC_TYPES), OTHER)


@lru_cache(maxsize=1024)
def phone_label(types: tuple[str, ...]) -> str:
    """Label for a phone number from its TYPE values.

    Args:
        types: TYPE values, lower-case, in card order (a tuple: answers are cached).

    Returns:
        "mobile", "fax", "home fax", "work fax", "pager", "main", "home",
        "work", "other" or the first specific custom type.
    """
    kinds = set(types)
    if "fax" in kinds:
        place = "home" if "home" in kinds else "work" if "work" in kinds else ""
        return f"{place} fax".strip()
    for names, label in _PHONE_KINDS:
        if kinds & names:
            return label
    return plain_label(types)


def phone_types(label: str) -> list[str] | None:
    """Return the TYPE values the writer uses for a phone label, or None for a custom one.

    "other" needs no TYPE: it is what the reader makes of a number without one.
    """
    if label == "mobile":
        return ["cell"]
    if label in ("fax", "home fax", "work fax"):
        return [*label.split()[:-1], "fax"]
    if label in ("pager", "main", "home", "work"):
        return [label]
    return [] if label in (OTHER, "") else None


def parse_birthday(text: str, omit_year: str | None = None) -> str | None:
    """Read a BDAY value.

    Args:
        text: "19800412", "1980-04-12", "1980-04-12T00:00:00Z", "--0412" or "--04-12".
        omit_year: Apple's X-APPLE-OMIT-YEAR parameter: that year means "no year".

    Returns:
        "YYYY-MM-DD", "--MM-DD" without a year, or None if it is not a valid date.
    """
    text = text.strip()
    match = _BDAY_RE.match(text)
    if match:
        year, month, day = match.groups()
        if omit_year is not None and omit_year.strip() == year:
            return _yearless(month, day)
        return _dated(year, month, day)
    match = _YEARLESS_RE.match(text)
    return _yearless(*match.groups()) if match else None


def _dated(year: str, month: str, day: str) -> str | None:
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _yearless(month: str, day: str) -> str | None:
    # 2000 is a leap year, so 29 February is accepted.
    return f"--{month}-{day}" if _dated("2000", month, day) else None


def impp_protocol(value: str, service_type: str | None, types: Sequence[str]) -> str:
    """Name the messaging service of an IMPP value.

    Args:
        value: The IMPP value, usually a URI such as "xmpp:me@example.org".
        service_type: Apple's and Google's X-SERVICE-TYPE parameter, if any.
        types: TYPE values, lower-case (Nextcloud writes TYPE=SKYPE).

    Returns:
        A lower-case protocol name, "other" when nothing says which.
    """
    if service_type and service_type.strip():
        name = service_type.strip().lower()
    else:
        name = next((t for t in types if t not in _IMPP_GENERIC_TYPES), "")
        if not name:
            match = _SCHEME_RE.match(value)
            name = match.group(1).lower() if match else OTHER
    return _IM_ALIASES.get(name, name)
