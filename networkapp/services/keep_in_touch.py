"""Keep in touch: when did we last talk, and is it time again?

:func:`days_overdue` is the one rule for "overdue": the contact card, the
"Needs attention" view (:mod:`networkapp.services.listing`) and the printed
network report all ask it.
"""

from __future__ import annotations

import datetime as dt

from networkapp.services.dto import KeepInTouch


def days_overdue(last_interaction: dt.date | None, cadence_days: int | None,
                 today: dt.date) -> int:
    """Return how many days past its cadence a contact is (0: not overdue).

    With no cadence nothing is ever due; with no interaction yet there is no
    date to count from, so nothing is overdue either.
    """
    if last_interaction is None or not cadence_days:
        return 0
    return max((today - last_interaction).days - cadence_days, 0)


def keep_in_touch(
    last_interaction: dt.date | None, cadence_days: int | None, today: dt.date | None = None
) -> KeepInTouch:
    """Return days since the last interaction and whether contact is overdue.

    With no cadence nothing is ever due. With a cadence but no interaction yet,
    contact is due today (and overdue from the next day on is not claimed: we
    have no date to count from, so ``overdue`` stays False until one is logged).
    Logging an interaction moves ``last_interaction`` and so resets the count.
    """
    today = today or dt.date.today()
    if last_interaction is None:
        return KeepInTouch(None, None, cadence_days, today if cadence_days else None, False)
    days_since = (today - last_interaction).days
    if not cadence_days:
        return KeepInTouch(last_interaction, days_since, None, None, False)
    late = days_overdue(last_interaction, cadence_days, today)
    return KeepInTouch(last_interaction, days_since, cadence_days,
                       last_interaction + dt.timedelta(days=cadence_days), late > 0, late)
