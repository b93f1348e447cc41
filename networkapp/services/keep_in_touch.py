"""Keep in touch: when did we last talk, and is it time again?"""

from __future__ import annotations

import datetime as dt

from networkapp.services.dto import KeepInTouch


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
    due_on = last_interaction + dt.timedelta(days=cadence_days)
    late = (today - due_on).days
    return KeepInTouch(last_interaction, days_since, cadence_days, due_on, late > 0, max(late, 0))
