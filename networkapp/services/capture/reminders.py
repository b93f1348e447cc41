"""Reminders out: the keep-in-touch dates and birthdays as an iCalendar file.

The app cannot notify while it is closed; the user's calendar can. :func:`reminders_ics`
writes one all-day event per contact with a keep-in-touch cadence and an interaction
to count from (on its due date, or today when that date has passed) and one yearly
event per known birthday, each with an alarm in the morning and the last interaction
in its description. Archived
contacts get none. UIDs come from the contact (its vCard UID, else its id) and the
kind, so exporting again updates the calendar's copies instead of adding new ones.
:func:`due_today` is what the window's tray notification lists.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event, vRecur

from networkapp import APP_NAME, __version__
from networkapp.i18n import Phrase, tr_noop
from networkapp.models import db
from networkapp.services.birthdays import birth_date, next_birthday
from networkapp.services.keep_in_touch import keep_in_touch
from networkapp.services.listing import as_date
from networkapp.services.vocabulary import ARCHIVED, CHANNEL_LABELS, label_of

KEEP_IN_TOUCH, BIRTHDAY = "keep-in-touch", "birthday"


@dataclass(frozen=True)
class Reminder:
    """One reminder: a keep-in-touch due or a birthday, for one contact."""

    kind: str
    contact_id: int
    name: str
    day: dt.date  # the due date (keep in touch) or this year's birthday
    uid: str
    last: Phrase | None  # the last interaction, as the description says it
    overdue_since: dt.date | None = None
    born: dt.date | None = None  # the first birthday (year known) or one of year 2000


_ROWS = ("SELECT c.id, c.display_name, c.uid, c.birthday, c.cadence_days, "
         "c.last_interaction_on, (SELECT i.id FROM interaction i WHERE i.contact_id = c.id "
         "ORDER BY i.date DESC, i.id DESC LIMIT 1) "
         "FROM contact c WHERE c.status != ? ORDER BY c.sort_name, c.id")


def _last(interaction_id: int | None) -> Phrase | None:
    """The last interaction as the description says it (its date, channel and summary)."""
    if interaction_id is None:
        return None
    day, channel, summary = db.execute_sql(
        "SELECT date, channel, summary FROM interaction WHERE id = ?",
        (interaction_id,)).fetchone()
    kind = Phrase(label_of(channel, CHANNEL_LABELS))
    if summary:
        return Phrase(tr_noop("Last interaction: %1 on %2, %3"), args=(kind, str(day), summary))
    return Phrase(tr_noop("Last interaction: %1 on %2"), args=(kind, str(day)))


def reminders(today: dt.date | None = None) -> list[Reminder]:
    """Return every reminder of the contacts not archived, by name."""
    today = today or dt.date.today()
    found: list[Reminder] = []
    for cid, name, uid, birthday, cadence, last_on, last_id in db.execute_sql(
            _ROWS, (ARCHIVED,)).fetchall():
        base, last = _uid_base(cid, uid), _last(last_id)
        state = keep_in_touch(as_date(last_on), cadence, today)
        # Never met: no date to count from (as for "overdue"), so no reminder either.
        if state.due_on is not None and last_on is not None:
            found.append(Reminder(KEEP_IN_TOUCH, cid, name, max(state.due_on, today),
                                  f"{KEEP_IN_TOUCH}-{base}", last,
                                  state.due_on if state.due_on < today else None))
        born, coming = birth_date(birthday), next_birthday(birthday, today)
        if born is not None and coming is not None:
            found.append(Reminder(BIRTHDAY, cid, name, coming, f"{BIRTHDAY}-{base}",
                                  last, born=born))
    return found


def due_today(today: dt.date | None = None) -> list[Reminder]:
    """Return the reminders falling on ``today`` (keep-in-touch due or overdue, birthdays)."""
    today = today or dt.date.today()
    return [r for r in reminders(today) if r.day == today]


def reminders_ics(today: dt.date | None = None,
                  render: Callable[[Phrase], str] = Phrase.english) -> bytes:
    """Return the iCalendar file of every reminder, its words by ``render`` (the
    window and the command line pass :func:`networkapp.translation.say`)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{APP_NAME} reminders")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for reminder in reminders(today):
        calendar.add_component(_event(reminder, stamp, render))
    return bytes(calendar.to_ical())


def _event(reminder: Reminder, stamp: dt.datetime, render: Callable[[Phrase], str]) -> Event:
    event = Event()
    event.add("uid", f"{reminder.uid}@{APP_NAME}")
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("transp", "TRANSPARENT")
    lines = []
    if reminder.kind == KEEP_IN_TOUCH:
        event.add("summary", render(Phrase(tr_noop("Keep in touch with %1"),
                                           args=(reminder.name,))))
        event.add("dtstart", reminder.day)
        if reminder.overdue_since is not None:
            lines.append(render(Phrase(tr_noop("Due since %1."),
                                       args=(reminder.overdue_since.isoformat(),))))
    else:
        born = reminder.born or reminder.day
        event.add("summary", render(Phrase(tr_noop("Birthday: %1"), args=(reminder.name,))))
        event.add("dtstart", born)
        rule: dict[str, str | int] = {"freq": "yearly"}
        if (born.month, born.day) == (2, 29):  # every year: on 28 February when not leap
            rule |= {"bymonth": 2, "bymonthday": -1}
        event.add("rrule", vRecur(rule))
    event.add("dtend", event.decoded("dtstart") + dt.timedelta(days=1))
    lines.append(render(reminder.last or Phrase(tr_noop("No interaction logged yet."))))
    event.add("description", "\n".join(lines))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", str(event.get("summary")))
    alarm.add("trigger", dt.timedelta(hours=9))  # 09:00 on the day
    event.add_component(alarm)
    return event


def _uid_base(contact_id: int, uid: str | None) -> str:
    """The contact's part of a reminder UID: from its vCard UID (stable across files
    and syncs), else its id in this file."""
    if uid and uid.strip():
        return hashlib.sha1(uid.strip().encode(), usedforsecurity=False).hexdigest()[:20]
    return f"contact-{contact_id}"
