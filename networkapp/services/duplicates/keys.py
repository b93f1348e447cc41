"""What duplicate finding compares: names, e-mails, phones, domains and cities, normalised.

A :class:`Profile` is one contact reduced to its comparison keys. Names are folded
(case, accents: ``fold``), German umlaut spellings made one (``Müller`` =
``Mueller``), doubled letters squashed (``Niccolò`` ~ ``Nicolo``) and split into a
given and a family part (``Rossi, Mario`` is family first); a Jr./Sr. suffix is kept
apart. Phones become E.164 with ``phonenumberslite``: a number written with ``+``
(or ``00``) is *explicit*; one read through the default region weighs less, since
the region may be wrong for it. E-mails compare as the import compares them
(:func:`~networkapp.services.importing.match.email_key`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from networkapp.models.text import fold, squash
from networkapp.services.importing.match import email_key, normalise_phone

SUFFIXES = frozenset(("jr", "sr", "junior", "senior", "ii", "iii", "iv"))
_HONORIFICS = frozenset(("dr", "prof", "mr", "mrs", "ms", "sig", "sigra", "dott", "dotsa",
                        "ing", "avv", "sra", "herr", "frau"))
# Free mail providers: sharing one says nothing about two people.
FREE_MAIL = frozenset((
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.it", "yahoo.es", "yahoo.de",
    "yahoo.co.jp", "hotmail.com", "hotmail.it", "outlook.com", "live.com", "msn.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "web.de", "libero.it",
    "virgilio.it", "tiscali.it", "alice.it", "tin.it", "proton.me", "protonmail.com",
    "qq.com", "163.com", "126.com", "sina.com", "naver.com", "yandex.ru", "mail.ru",
    "t-online.de", "orange.fr", "free.fr", "wanadoo.fr", "fastmail.com", "zoho.com",
))
_PUNCT = re.compile(r"[.,;:'\"()\[\]/\\!?_\-–—·]+")
_UMLAUT = (("ae", "a"), ("oe", "o"), ("ue", "u"))
# Legal forms: "Acme S.p.A." is "Acme".
LEGAL_FORMS = frozenset(("spa", "srl", "srls", "snc", "sas", "gmbh", "ag", "kg", "ltd",
                         "limited", "inc", "llc", "sa", "sl", "bv", "nv", "plc", "corp",
                         "co", "kk", "oy", "ab", "as", "sarl", "sas"))
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=65536)
def name_token(token: str) -> str:
    """Return the comparison form of one folded name token (umlaut spellings, doubles)."""
    for pair, single in _UMLAUT:
        token = token.replace(pair, single)
    return squash(token)


HONORIFICS = frozenset(name_token(t) for t in _HONORIFICS)


def _tokens(text: str) -> list[str]:
    return [name_token(t) for t in _PUNCT.sub(" ", fold(text)).split()]


def _words(text: str) -> list[str]:
    """The tokens of a display name without a leading honorific ("Dr. Mario Rossi")."""
    words = _tokens(text)
    while len(words) > 1 and words[0] in HONORIFICS:  # compared as tokens are
        del words[0]
    return words


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name as compared: given and family tokens, a suffix, and its compact forms.

    ``forms``: the name without spaces, given-family and family-given, so that
    ``山田太郎`` = given ``太郎`` + family ``山田`` and ``Rossi Mario`` = ``Mario Rossi``.
    """

    given: tuple[str, ...]
    family: tuple[str, ...]
    suffix: str
    forms: tuple[str, ...]
    folded: str  # the whole name, tokens sorted, for similarity ratios

    @property
    def empty(self) -> bool:
        """True when there is no name at all."""
        return not self.forms


@lru_cache(maxsize=65536)
def name_parts(display: str, given: str, family: str) -> NameParts:
    """Return the comparison form of a contact's name."""
    suffix = ""
    giv, fam = _tokens(given), _tokens(family)
    if not giv and not fam:
        if "," in display:  # "Rossi, Mario": the family name first
            head, _, tail = display.partition(",")
            fam, giv = _tokens(head), _words(tail)
        else:
            words = _words(display)
            if len(words) >= 2:
                giv, fam = words[:1], words[1:]
            else:
                fam = words
    for part in (giv, fam):
        while part and part[-1] in SUFFIXES:
            suffix = part.pop()
    whole = _words(display.replace(",", " ")) or [*giv, *fam]
    whole = [t for t in whole if t not in SUFFIXES]
    forms = dict.fromkeys(("".join(whole), "".join((*giv, *fam)), "".join((*fam, *giv))))
    forms.pop("", None)
    return NameParts(tuple(giv), tuple(fam), suffix, tuple(forms), " ".join(sorted(whole)))


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone number in E.164 form; ``explicit`` when written with its country code."""

    e164: str
    explicit: bool


@lru_cache(maxsize=65536)
def phone_of(text: str, region: str | None) -> Phone | None:
    """Return the E.164 form of a number (None when it has too few digits to compare).

    A number with ``+`` or ``00`` is parsed as written; others through ``region``.
    A number that does not parse keeps its digits (still a key, read as national).
    """
    digits = normalise_phone(text)
    if len(digits.lstrip("+")) < 6:
        return None
    explicit = digits.startswith("+")
    if explicit and "(" not in text:  # "+39 333 …" is its E.164 form already
        return Phone(digits, True)
    try:
        parsed = phonenumbers.parse(digits, None if explicit else region)
    except phonenumbers.NumberParseException:
        return Phone(digits, explicit)
    return Phone(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
                 explicit)


def email_domain(key: str) -> str:
    """Return the domain of a folded e-mail key ("" when none, or a free mail provider)."""
    domain = key.rpartition("@")[2]
    return "" if not domain or domain in FREE_MAIL or "@" not in key else domain


@dataclass(frozen=True, slots=True)
class Profile:
    """One contact as duplicate finding sees it.

    Attributes:
        id: The contact id (0 for a card not stored yet).
        name: The name shown.
        status: "active", "clarifying" or "archived".
        parts: Its name's comparison form.
        emails: E-mail keys.
        phones: Phone numbers, E.164.
        organization: The organisation as compared (:func:`organization_key`).
        domains: The e-mail domains (not free mail).
        cities: Folded localities of its addresses.
        shown: The organisation and the localities as written, by key (for reasons).
    """

    id: int
    name: str
    status: str
    parts: NameParts
    emails: tuple[str, ...]
    phones: tuple[Phone, ...]
    organization: str
    domains: tuple[str, ...]
    cities: tuple[str, ...]
    shown: tuple[tuple[str, str], ...] = ()

    def written(self, key: str) -> str:
        """Return an organisation or city key as the contact writes it."""
        return next((text for k, text in self.shown if k == key), key)


def make_profile(contact_id: int, columns: Sequence[str], *, emails: Iterable[str],
                 phones: Iterable[str], cities: Iterable[str], region: str | None) -> Profile:
    """Return the profile of a contact: ``columns`` = (display, given, family, organization,
    status); ``emails``, ``phones`` and ``cities`` as stored."""
    display, given, family, organization, status = columns
    mail: list[str] = []
    domains: list[str] = []
    for text in emails:
        key = email_key(text)
        if "@" in key and key not in mail:
            mail.append(key)
            if (domain := email_domain(key)) and domain not in domains:
                domains.append(domain)
    numbers: dict[str, Phone] = {}
    for text in phones:
        phone = phone_of(text, region)
        if phone is not None and (phone.e164 not in numbers or phone.explicit):
            numbers[phone.e164] = phone
    places: list[str] = []
    shown: list[tuple[str, str]] = []
    for text in cities:
        if text and (city := " ".join(fold(text).split())) not in places:
            places.append(city)
            shown.append((city, text.strip()))
    org = organization_key(organization) if organization else ""
    if org:
        shown.append((org, organization.strip()))
    return Profile(contact_id, display, status, name_parts(display, given, family),
                   tuple(mail), tuple(numbers.values()), org, tuple(domains), tuple(places),
                   tuple(shown))


@lru_cache(maxsize=4096)
def organization_key(text: str) -> str:
    """Return an organization as compared: folded, without punctuation or legal form."""
    words = _PUNCT.sub(" ", fold(text).replace(".", "")).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def is_cjk(text: str) -> bool:
    """True when the text holds Chinese, Japanese or Korean characters."""
    return bool(_CJK.search(text))


def surname_key(parts: NameParts) -> str:
    """Return the blocking key of a name: its family name (the first character of an
    unsplit CJK name, whose family name comes first)."""
    if parts.family:
        family = "".join(parts.family)
        return family[0] if is_cjk(family) else family
    return "".join(parts.given)
