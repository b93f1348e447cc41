"""The controller's reads: what the widgets ask of the services, without writing.

:class:`~networkapp.ui.controller.Controller` takes these from :class:`ControllerReads`;
its own module keeps the undoable writes, the undo stack and the change signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from networkapp.services import balance as balance_service
from networkapp.services import (
    contacts,
    interactions,
    introduction_layout,
    introductions,
    listing,
    signals,
    states,
)
from networkapp.services import settings as db_settings
from networkapp.services.dto import (
    Balance,
    ClarificationView,
    ContactDetail,
    InteractionView,
    KeepInTouch,
    SignalView,
    StatusChangeView,
    ThresholdState,
)
from networkapp.services.introduction_layout import EgoMap, ForestLayout
from networkapp.services.introductions import ContactIntroductions, NameMatch
from networkapp.services.keep_in_touch import keep_in_touch
from networkapp.services.reasons import Reason
from networkapp.services.timeline import TimelineEntry, timeline
from networkapp.services.vocabulary import ARCHIVED


class ControllerReads:
    """Reads for the widgets (frozen dataclasses from the services)."""

    clock: Callable[[], dt.date]  # the reasons' day (the controller sets it; tests fix it)

    def contact(self, contact_id: int) -> ContactDetail:
        """Return one contact with all its fields."""
        return contacts.get_contact(contact_id)

    def display_name(self, contact_id: int) -> str:
        """Return the name the contact is shown with."""
        return introductions.name_of(contact_id)

    def find_names(self, text: str, exclude: int | None = None) -> list[NameMatch]:
        """Return the contacts a name completer offers for ``text`` (at most 20)."""
        return introductions.names_starting(text, exclude=exclude)

    def introductions(self, contact_id: int) -> ContactIntroductions | None:
        """Return the contact's introductions (None: no such contact)."""
        return introductions.introductions_of(contact_id)

    def ego_map(self, contact_id: int) -> EgoMap | None:
        """Return the contact's introductions map, laid out (None: no such contact)."""
        return introduction_layout.ego_map(contact_id)

    def forest_layout(self) -> ForestLayout:
        """Return every introduction tree of the network, laid out."""
        return introduction_layout.forest_layout()

    def photo(self, contact_id: int) -> bytes | None:
        """Return a contact's photo, if any."""
        return introductions.photo_of(contact_id)

    def interactions(self, contact_id: int) -> list[InteractionView]:
        """Return the contact's interactions, newest first."""
        return interactions.list_interactions(contact_id)

    def signals(self, contact_id: int) -> list[SignalView]:
        """Return the contact's signals, newest first."""
        return signals.list_signals(contact_id)

    def balance(self, contact_id: int) -> Balance:
        """Return what I gave vs what I received with the contact."""
        return balance_service.compute_balance(contact_id)

    def reasons(self, contact_id: int) -> tuple[Reason, ...]:
        """Return why the contact needs attention (the list's rule), most urgent first."""
        return listing.contact_reasons(contact_id, self.clock())

    def threshold_state(self, contact_id: int) -> ThresholdState:
        """Return the contact's open warnings against the threshold."""
        return signals.threshold_state(contact_id)

    def keep_in_touch(self, contact_id: int, cadence_days: int | None) -> KeepInTouch:
        """Return when we last talked and whether it is time again."""
        found = interactions.list_interactions(contact_id)
        last = found[0].date if found else None
        # Only the contact's own cadence: the default is what a new contact starts with.
        return keep_in_touch(last, cadence_days)

    def draft(self, contact_id: int) -> ClarificationView | None:
        """Return the unfinished clarification of a contact, if any."""
        return states.draft_for(contact_id)

    def archive_change(self, contact_id: int) -> StatusChangeView | None:
        """Return the history row that archived the contact (None unless archived)."""
        if contacts.contact_status(contact_id) != ARCHIVED:
            return None
        found = [c for c in states.history(contact_id) if c.to_status == ARCHIVED]
        return found[-1] if found else None

    def timeline(self, contact_id: int) -> list[TimelineEntry]:
        """Return the contact's whole story, oldest first."""
        return timeline(contact_id)

    def all_tags(self) -> list[str]:
        """Return every tag name."""
        return contacts.all_tags()

    def threshold(self) -> int:
        """Return the weighted number of open warnings that asks for a decision."""
        return db_settings.get_threshold()

    def default_cadence(self) -> int:
        """Return the default keep-in-touch cadence in days."""
        return db_settings.get_default_cadence()
