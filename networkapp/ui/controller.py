"""The one door from the widgets to the services: reads, undoable writes, change signals.

Widgets never touch Peewee: they read through the controller (frozen dataclasses)
and write through it. Every write is pushed on the controller's ``QUndoStack`` as
a command named after the edit ("Add interaction with Ada Rossi"), and announces
what changed so item models and panels reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from networkapp.services import balance as balance_service
from networkapp.services import bulk, clarify, contacts, interactions, signals, snapshot, states
from networkapp.services import settings as db_settings
from networkapp.services.clarify import DRAFT, ClarifyResult
from networkapp.services.dto import (
    Balance,
    ClarificationInput,
    ClarificationView,
    ContactDetail,
    ContactFields,
    InteractionInput,
    InteractionView,
    KeepInTouch,
    SignalInput,
    SignalView,
    StatusChangeView,
    ThresholdState,
)
from networkapp.services.errors import ValidationError
from networkapp.services.keep_in_touch import keep_in_touch
from networkapp.services.timeline import TimelineEntry, timeline
from networkapp.services.vocabulary import ARCHIVE, ARCHIVED
from networkapp.ui.undo_commands import EditCommand


class Controller(QObject):
    """Wraps the services for the GUI and owns the undo stack.

    Signals:
        contacts_changed(list): these contact ids changed, were added or removed
            (an empty list: reload everything).
        contact_changed(int): one contact's data changed (emitted for each id of a
            small edit, so the detail panels showing it reload).
        settings_changed(): the threshold or the default cadence changed.
    """

    contacts_changed = Signal(list)
    contact_changed = Signal(int)
    settings_changed = Signal()

    def __init__(self, db_path: Path | None = None, parent: QObject | None = None) -> None:
        """Work on the database already opened at ``db_path``."""
        super().__init__(parent)
        self.db_path = db_path
        self.undo_stack = QUndoStack(self)

    # -- reads ------------------------------------------------------------------

    def contact(self, contact_id: int) -> ContactDetail:
        """Return one contact with all its fields."""
        return contacts.get_contact(contact_id)

    def display_name(self, contact_id: int) -> str:
        """Return the name the contact is shown with."""
        return contacts.get_contact(contact_id).display_name

    def interactions(self, contact_id: int) -> list[InteractionView]:
        """Return the contact's interactions, newest first."""
        return interactions.list_interactions(contact_id)

    def signals(self, contact_id: int) -> list[SignalView]:
        """Return the contact's signals, newest first."""
        return signals.list_signals(contact_id)

    def balance(self, contact_id: int) -> Balance:
        """Return what I gave vs what I received with the contact."""
        return balance_service.compute_balance(contact_id)

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

    # -- undoable edits ---------------------------------------------------------

    def push_edit(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        contact_ids: Sequence[int],
    ) -> None:
        """Push an edit already done (e.g. a clarification's decision) and announce it."""
        self.undo_stack.push(EditCommand(text, undo, redo, contact_ids, self.notify))
        self.notify(contact_ids)

    def notify(self, contact_ids: Sequence[int]) -> None:
        """Announce that these contacts changed (empty: everything may have)."""
        ids = list(contact_ids)
        self.contacts_changed.emit(ids)
        for cid in ids[:50]:
            self.contact_changed.emit(cid)

    def add_contact(self, fields: ContactFields) -> int:
        """Create a contact; return its id.

        Raises:
            ValidationError: the fields cannot be stored.
        """
        if fields.cadence_days is None:  # a new contact starts with the default cadence
            fields = replace(fields, cadence_days=db_settings.get_default_cadence())
        cid = contacts.create_contact(fields)
        name = contacts.get_contact(cid).display_name
        held: list[snapshot.ContactSnapshot] = []
        self.push_edit(self.tr("Add contact %1").replace("%1", name),
                       lambda: held.append(snapshot.delete_contact(cid)),
                       lambda: snapshot.restore_snapshot(held.pop()), [cid])
        return cid

    def update_contact(self, contact_id: int, fields: ContactFields) -> None:
        """Replace a contact's fields."""
        old = contacts.get_contact(contact_id).fields
        contacts.update_contact(contact_id, fields)
        name = contacts.get_contact(contact_id).display_name
        self.push_edit(self.tr("Edit %1").replace("%1", name),
                       lambda: contacts.update_contact(contact_id, old),
                       lambda: contacts.update_contact(contact_id, fields), [contact_id])

    def delete_contacts(self, contact_ids: Sequence[int]) -> None:
        """Delete contacts with their whole history (undo brings them back exactly)."""
        ids = list(contact_ids)
        taken = [snapshot.delete_contact(cid) for cid in ids]
        text = (self.tr("Delete %1").replace("%1", taken[0].display_name) if len(ids) == 1
                else self.tr("Delete %n contacts", "", len(ids)))

        def undo() -> None:
            for item in taken:
                snapshot.restore_snapshot(item)

        def redo() -> None:
            taken[:] = [snapshot.delete_contact(cid) for cid in ids]

        self.push_edit(text, undo, redo, ids)

    def add_interaction(self, contact_id: int, data: InteractionInput) -> int:
        """Log an interaction; return its id."""
        iid = interactions.add_interaction(contact_id, data)
        held: list[InteractionView] = []
        self.push_edit(self._named("Add interaction with %1", contact_id),
                       lambda: held.append(interactions.delete_interaction(iid)),
                       lambda: interactions.restore_interaction(held.pop()), [contact_id])
        return iid

    def update_interaction(self, interaction_id: int, data: InteractionInput) -> None:
        """Replace an interaction's fields and exchanges."""
        old = interactions.get_interaction(interaction_id)
        interactions.update_interaction(interaction_id, data)
        self.push_edit(self._named("Edit interaction with %1", old.contact_id),
                       lambda: interactions.update_interaction(interaction_id,
                                                               interactions.as_input(old)),
                       lambda: interactions.update_interaction(interaction_id, data),
                       [old.contact_id])

    def delete_interaction(self, interaction_id: int) -> None:
        """Delete an interaction."""
        held = [interactions.delete_interaction(interaction_id)]
        cid = held[0].contact_id
        self.push_edit(self._named("Delete interaction with %1", cid),
                       lambda: interactions.restore_interaction(held[0]),
                       lambda: held.__setitem__(0, interactions.delete_interaction(
                           interaction_id)), [cid])

    def add_signal(self, contact_id: int, data: SignalInput) -> int:
        """Note a signal; return its id."""
        sid = signals.add_signal(contact_id, data)
        held: list[SignalView] = []
        self.push_edit(self._named("Add signal about %1", contact_id),
                       lambda: held.append(signals.delete_signal(sid)),
                       lambda: signals.restore_signal(held.pop()), [contact_id])
        return sid

    def delete_signal(self, signal_id: int) -> None:
        """Delete a signal."""
        held = [signals.delete_signal(signal_id)]
        cid = held[0].contact_id
        self.push_edit(self._named("Delete signal about %1", cid),
                       lambda: signals.restore_signal(held[0]),
                       lambda: held.__setitem__(0, signals.delete_signal(signal_id)), [cid])

    def tag_contacts(self, contact_ids: Sequence[int], name: str) -> None:
        """Give the contacts a tag."""
        ids = list(contact_ids)
        had = bulk.contacts_with_tag(ids, name)
        contacts.add_tag(ids, name)
        added = [cid for cid in ids if cid not in had]
        self.push_edit(self._many("Tag %1 as “%2”", "Tag %n contacts as “%2”", ids, name),
                       lambda: contacts.remove_tag(added, name),
                       lambda: contacts.add_tag(ids, name), ids)

    def archive_contacts(self, contact_ids: Sequence[int], reason: str) -> None:
        """Archive the contacts with a reason (kept as plain entries)."""
        ids = list(contact_ids)
        changes = bulk.archive_contacts(ids, reason)
        self.push_edit(self._many("Archive %1", "Archive %n contacts", ids),
                       lambda: bulk.revert_status_changes(changes),
                       lambda: bulk.redo_status_changes(changes), ids)

    def restore_contacts(self, contact_ids: Sequence[int], reason: str = "") -> None:
        """Bring archived contacts back to the working list."""
        ids = list(contact_ids)
        changes = bulk.restore_contacts(ids, reason or "Restored")
        self.push_edit(self._many("Restore %1", "Restore %n contacts", ids),
                       lambda: bulk.revert_status_changes(changes),
                       lambda: bulk.redo_status_changes(changes), ids)

    def clarify(self, contact_id: int, result: ClarifyResult | None) -> None:
        """Store what the clarification wizard handed back (None: cancelled, nothing).

        A draft is saved (starting one can be undone); a finished clarification
        applies its decision in one transaction, undoable as "Keep …" / "Archive …".

        Raises:
            DomainError: the decision cannot be stored (nothing written then).
        """
        if result is None:
            return
        if result.kind == DRAFT:
            self._save_draft(contact_id, result.data)
            return
        if result.decision is None:
            raise ValidationError({"decision": "Choose to keep or to archive."})
        done = clarify.apply_decision(contact_id, result.data, result.decision)
        verb = "Archive %1" if done.action == ARCHIVE else "Keep %1"
        self.push_edit(self.tr(verb).replace("%1", done.display_name),
                       lambda: clarify.undo_decision(done),
                       lambda: clarify.redo_decision(done), [contact_id])

    def _save_draft(self, contact_id: int, data: ClarificationInput) -> None:
        first = states.draft_for(contact_id) is None
        states.save_draft(contact_id, data)
        if not first:  # a later save only updates the draft the undo stack knows
            self.notify([contact_id])
            return
        self.push_edit(self._named("Start clarifying with %1", contact_id),
                       lambda: clarify.discard_draft(contact_id),
                       lambda: states.save_draft(contact_id, data), [contact_id])

    # -- settings ---------------------------------------------------------------

    def set_preferences(self, threshold: int, default_cadence: int) -> None:
        """Store the threshold and default cadence (in the file) and announce it."""
        db_settings.set_threshold(threshold)
        db_settings.set_default_cadence(default_cadence)
        self.settings_changed.emit()

    # -- helpers ----------------------------------------------------------------

    def _named(self, text: str, contact_id: int) -> str:
        return self.tr(text).replace("%1", contacts.get_contact(contact_id).display_name)

    def _many(self, one: str, many: str, ids: Sequence[int], extra: str = "") -> str:
        if len(ids) == 1:
            text = self.tr(one).replace("%1", contacts.get_contact(ids[0]).display_name)
        else:
            text = self.tr(many, "", len(ids))
        return text.replace("%2", extra)
