"""User settings stored in the database file (they travel with the network)."""

from __future__ import annotations

import locale
from collections.abc import Iterable

import phonenumbers

from networkapp.models import Setting
from networkapp.services.errors import ValidationError

THRESHOLD_KEY = "threshold"
DEFAULT_THRESHOLD = 3
THRESHOLD_RANGE = (1, 10)
CADENCE_KEY = "default_cadence_days"
DEFAULT_CADENCE = 90


def _get_int(key: str, default: int) -> int:
    row = Setting.get_or_none(Setting.key == key)
    try:
        return int(row.value) if row is not None else default
    except ValueError:
        return default


def _set(key: str, value: int) -> None:
    Setting.insert(key=key, value=str(value)).on_conflict_replace().execute()


def get_threshold() -> int:
    """Return the weighted number of open warnings that asks for a decision."""
    low, high = THRESHOLD_RANGE
    return min(max(_get_int(THRESHOLD_KEY, DEFAULT_THRESHOLD), low), high)


def set_threshold(value: int) -> None:
    """Store the threshold (1 to 10)."""
    low, high = THRESHOLD_RANGE
    if not low <= value <= high:
        raise ValidationError({"threshold": f"The threshold must be between {low} and {high}."})
    _set(THRESHOLD_KEY, value)


def get_default_cadence() -> int:
    """Return the keep-in-touch cadence (days) used for contacts without their own."""
    return _get_int(CADENCE_KEY, DEFAULT_CADENCE)


def set_default_cadence(days: int) -> None:
    """Store the default keep-in-touch cadence (1 to 3650 days)."""
    if not 1 <= days <= 3650:
        raise ValidationError({"cadence": "The cadence must be between 1 and 3650 days."})
    _set(CADENCE_KEY, days)


MY_ADDRESSES_KEY = "my_email_addresses"
RECURRENCE_KEY = "recurrence_months"
DEFAULT_RECURRENCE_MONTHS = 12
RECURRENCE_RANGE = (0, 120)  # 0: only the first occurrence of a recurring event


def get_my_addresses() -> tuple[str, ...]:
    """Return the user's own e-mail addresses (as typed, one per line in the file)."""
    row = Setting.get_or_none(Setting.key == MY_ADDRESSES_KEY)
    if row is None:
        return ()
    return tuple(line.strip() for line in str(row.value).splitlines() if line.strip())


def set_my_addresses(addresses: Iterable[str]) -> None:
    """Store the user's own e-mail addresses (blank ones dropped, repeats once)."""
    kept = list(dict.fromkeys(a.strip() for a in addresses if a.strip() and "@" in a))
    bad = [a.strip() for a in addresses if a.strip() and "@" not in a]
    if bad:
        raise ValidationError({"addresses": f"Not an e-mail address: {bad[0]}"})
    Setting.insert(key=MY_ADDRESSES_KEY, value="\n".join(kept)).on_conflict_replace().execute()


def get_recurrence_months() -> int:
    """Return how many months back a recurring event's past occurrences are logged
    (0: only its first occurrence)."""
    low, high = RECURRENCE_RANGE
    return min(max(_get_int(RECURRENCE_KEY, DEFAULT_RECURRENCE_MONTHS), low), high)


def set_recurrence_months(months: int) -> None:
    """Store the bound for recurring events (0 to 120 months)."""
    low, high = RECURRENCE_RANGE
    if not low <= months <= high:
        raise ValidationError({"recurrence": f"Between {low} and {high} months."})
    _set(RECURRENCE_KEY, months)
PHONE_REGION_KEY = "phone_region"


def default_region() -> str | None:
    """Return the region of the user's locale (``it_IT`` → ``IT``), or None."""
    name = locale.getlocale(locale.LC_CTYPE)[0] or ""
    region = name.split(".")[0].split("_")[-1].upper() if "_" in name else ""
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def chosen_phone_region() -> str:
    """Return the phone region set in Preferences ("" when it follows the locale)."""
    row = Setting.get_or_none(Setting.key == PHONE_REGION_KEY)
    return str(row.value) if row is not None and row.value in phonenumbers.SUPPORTED_REGIONS \
        else ""


def get_phone_region() -> str | None:
    """Return the region phone numbers without ``+`` are read in ("IT"): the one set in
    Preferences, else the locale's (None when neither says)."""
    return chosen_phone_region() or default_region()


def set_phone_region(region: str) -> None:
    """Store the default phone region (a two-letter region code, e.g. "IT"; "" follows
    the locale)."""
    region = region.strip().upper()
    if not region:
        Setting.delete().where(Setting.key == PHONE_REGION_KEY).execute()
        return
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError({"phone_region": f"{region!r} is not a region code."})
    Setting.insert(key=PHONE_REGION_KEY, value=region).on_conflict_replace().execute()


def phone_regions() -> list[str]:
    """Every region code phone numbers can be read in."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)
