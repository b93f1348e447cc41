"""The one door from the widgets to the services: reads, undoable writes, change signals.

Widgets never touch Peewee: they read through the controller (frozen dataclasses)
and write through it. Every write is pushed on the controller's ``QUndoStack`` as
a command named after the edit ("Add interaction with Ada Rossi"), and announces
what changed so item models and panels reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from networkapp.i18n import Phrase, tr_noop, tr_plural
from networkapp.services import (
    bulk,
    changes,
    contact_writer,
    contacts,
    duplicates,
    interactions,
    signals,
    states,
)
from networkapp.services import settings as db_settings
from networkapp.services.clarify import DRAFT, ClarifyResult
from networkapp.services.dto import (
    ClarificationInput,
    ContactFields,
    InteractionInput,
    SignalInput,
    SignalView,
)
from networkapp.services.errors import ValidationError
from networkapp.services.vocabulary import ARCHIVE
from networkapp.translation import say, tr
from networkapp.ui.controller_reads import ControllerReads
from networkapp.ui.undo_commands import EditCommand

T = TypeVar("T")


def _ids(*contact_ids: int) -> Callable[[object], list[int]]:
    """Return a function giving ``contact_ids`` whatever the result."""
    return lambda _result: list(contact_ids)


class Controller(QObject, ControllerReads):
    """Wraps the services for the GUI and owns the undo stack.

    Signals:
        contacts_changed(list): these contact ids changed, were added or removed
            (an empty list: reload everything).
        contact_changed(int): one contact's data changed (emitted for each id of a
            small edit, so the detail panels showing it reload).
        settings_changed(): the threshold or the default cadence changed.
        undo_failed(str): an undo or redo could not be done (nothing changed); why.
    """

    contacts_changed = Signal(list)
    contact_changed = Signal(int)
    settings_changed = Signal()
    undo_failed = Signal(str)

    def __init__(self, db_path: Path | None = None, parent: QObject | None = None) -> None:
        """Work on the database already opened at ``db_path``."""
        super().__init__(parent)
        self.db_path = db_path
        self.undo_stack = QUndoStack(self)
        self._kept: dict[int, changes.ChangeSet] = {}
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.clock: Callable[[], dt.date] = dt.date.today  # the reasons' day (tests fix it)

    # -- undoable edits ---------------------------------------------------------

    def record(self, text: Callable[[T], str], work: Callable[[], T],
               contact_ids: Callable[[T], Sequence[int]]) -> T:
        """Do ``work`` recorded (one transaction), push it and announce it.

        The command's text is ``text(result)`` and the contacts announced
        ``contact_ids(result)``, both asked after the work (a new contact has a name then).

        Raises:
            DomainError: the work was refused; nothing was written or pushed.
        """
        result, recording = changes.record(work)
        self.push_recording(text(result), recording, contact_ids(result))
        return result

    def push_recording(self, text: str, recording: changes.Recording,
                       contact_ids: Sequence[int]) -> None:
        """Push an edit already done and recorded (e.g. by an import) and announce it.

        An edit that changed nothing is announced but not pushed.
        """
        if not recording.empty:
            self.undo_stack.push(
                EditCommand(text, changes.ChangeSet(recording), contact_ids, self.notify))
            self._forget_dropped()
        self.notify(contact_ids)

    def undo(self) -> bool:
        """Edit > Undo: undo the last edit; return False when there is none or it failed.

        A failed undo changes nothing (the file and the stack stay as they were) and
        ``undo_failed`` says why.
        """
        return self._step(self.undo_stack.index() - 1, self.undo_stack.undo,
                          self.tr("Cannot undo “%1”: %2"))

    def redo(self) -> bool:
        """Edit > Redo: redo the last undone edit (as :meth:`undo`, the other way)."""
        return self._step(self.undo_stack.index(), self.undo_stack.redo,
                          self.tr("Cannot redo “%1”: %2"))

    def _step(self, index: int, move: Callable[[], None], failure: str) -> bool:
        if not 0 <= index < self.undo_stack.count():
            return False
        command = self.undo_stack.command(index)
        assert isinstance(command, EditCommand)
        try:
            command.swap_now()
            contact_writer.mark_swapped(command.contact_ids)  # the next sync sends them
        except changes.UndoConflictError as exc:
            self.undo_failed.emit(failure.replace("%1", command.text()).replace("%2", str(exc))
                                  + " " + self.tr("Nothing was changed."))
            return False
        move()
        return True

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if len(self._kept) != self.undo_stack.count():  # cleared (an undo or redo drops none)
            self._forget_dropped()

    def _forget_dropped(self) -> None:
        """Free the kept rows of commands the stack no longer holds."""
        live = {}
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, EditCommand):
                live[command.change.key] = command.change
        for key in self._kept.keys() - live.keys():
            self._kept[key].drop()
        self._kept = live

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
        return self.record(lambda cid: self._named(tr_noop("Add contact %1"), cid),
                           lambda: contacts.create_contact(fields), lambda cid: [cid])

    def update_contact(self, contact_id: int, fields: ContactFields) -> None:
        """Replace a contact's fields."""
        self.record(lambda _: self._named(tr_noop("Edit %1"), contact_id),
                    lambda: contacts.update_contact(contact_id, fields), _ids(contact_id))

    def delete_contacts(self, contact_ids: Sequence[int]) -> None:
        """Delete contacts with their whole history (undo brings them back exactly)."""
        ids = list(contact_ids)
        text = (self._named(tr_noop("Delete %1"), ids[0]) if len(ids) == 1
                else self.tr("Delete %Ln contacts", "", len(ids)))
        self.record(lambda _: text, lambda: contacts.delete_contacts(ids), _ids(*ids))

    def add_interaction(self, contact_id: int, data: InteractionInput) -> int:
        """Log an interaction; return its id."""
        return self.record(lambda _: self._named(tr_noop("Add interaction with %1"),
                                                 contact_id),
                           lambda: interactions.add_interaction(contact_id, data),
                           _ids(contact_id))

    def update_interaction(self, interaction_id: int, data: InteractionInput) -> None:
        """Replace an interaction's fields and exchanges."""
        cid = interactions.get_interaction(interaction_id).contact_id
        self.record(lambda _: self._named(tr_noop("Edit interaction with %1"), cid),
                    lambda: interactions.update_interaction(interaction_id, data), _ids(cid))

    def delete_interaction(self, interaction_id: int) -> None:
        """Delete an interaction (undo brings back its exchanges and its signals' links)."""
        cid = interactions.get_interaction(interaction_id).contact_id
        self.record(lambda _: self._named(tr_noop("Delete interaction with %1"), cid),
                    lambda: interactions.delete_interaction(interaction_id), _ids(cid))

    def add_signal(self, contact_id: int, data: SignalInput) -> int:
        """Note a signal; return its id."""
        return self.record(lambda _: self._named(tr_noop("Add signal about %1"), contact_id),
                           lambda: signals.add_signal(contact_id, data), _ids(contact_id))

    def delete_signal(self, signal_id: int) -> None:
        """Delete a signal."""
        cid = signals.get_signal(signal_id).contact_id
        self.record(lambda _: self._named(tr_noop("Delete signal about %1"), cid),
                    lambda: signals.delete_signal(signal_id), _ids(cid))

    def resolve_signal(self, signal_id: int, note: str) -> None:
        """Resolve an open warning by hand, with a note (undoable)."""
        cid = signals.get_signal(signal_id).contact_id
        self.record(lambda _: self._named(tr_noop("Resolve warning about %1"), cid),
                    lambda: signals.resolve_signal(signal_id, note), _ids(cid))

    def dismiss_signal(self, signal_id: int, note: str) -> None:
        """Dismiss a signal noted wrongly, with a note (undoable)."""
        cid = signals.get_signal(signal_id).contact_id
        self.record(lambda _: self._named(tr_noop("Dismiss signal about %1"), cid),
                    lambda: signals.dismiss_signal(signal_id, note), _ids(cid))

    def closed_by_archive(self, contact_ids: Sequence[int]) -> list[SignalView]:
        """Return the warnings the contacts' archive closed (Restore asks about them)."""
        return [s for cid in contact_ids for s in signals.closed_by_archive(cid)]

    def tag_contacts(self, contact_ids: Sequence[int], name: str) -> None:
        """Give the contacts a tag."""
        ids = list(contact_ids)
        self.record(lambda _: self._many(
            tr_noop("Tag %1 as “%2”"), tr_plural("Tag %Ln contacts as “%2”", "", len(ids)), ids,
            name),
                    lambda: contacts.add_tag(ids, name), _ids(*ids))

    def archive_contacts(self, contact_ids: Sequence[int], reason: str) -> None:
        """Archive the contacts with a reason (kept as plain entries)."""
        ids = list(contact_ids)
        self.record(lambda _: self._many(
            tr_noop("Archive %1"), tr_plural("Archive %Ln contacts", "", len(ids)), ids),
                    lambda: bulk.archive_contacts(ids, reason), _ids(*ids))

    def restore_contacts(self, contact_ids: Sequence[int], reason: str = "",
                         still_open: Sequence[int] = ()) -> None:
        """Bring archived contacts back to the working list; of the warnings their archive
        closed, only ``still_open`` open again."""
        ids, chosen = list(contact_ids), list(still_open)
        self.record(lambda _: self._many(
            tr_noop("Restore %1"), tr_plural("Restore %Ln contacts", "", len(ids)), ids),
                    lambda: bulk.restore_contacts(ids, reason or "Restored", chosen),
                    _ids(*ids))

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
        decision = result.decision
        if decision is None:
            raise ValidationError({"decision": "Choose to keep or to archive."})
        verb = tr_noop("Archive %1") if decision.action == ARCHIVE else tr_noop("Keep %1")
        self.record(lambda _: self._named(verb, contact_id),
                    lambda: states.finish_clarification(contact_id, result.data, decision),
                    _ids(contact_id))

    def _save_draft(self, contact_id: int, data: ClarificationInput) -> None:
        text = (tr_noop("Start clarifying with %1") if states.draft_for(contact_id) is None
                else tr_noop("Update the clarification draft with %1"))
        self.record(lambda _: self._named(text, contact_id),
                    lambda: states.save_draft(contact_id, data), _ids(contact_id))

    def merge_contacts(self, keep_id: int, other_ids: Sequence[int],
                       fields: ContactFields | None = None) -> duplicates.MergeOutcome:
        """Merge the others into ``keep_id`` (one undo step); ``fields``: the merged card.

        Raises:
            DomainError: the merge was refused; nothing was written.
        """
        others = list(other_ids)
        return self.record(
            lambda done: self.tr("Merge %Ln contact(s) into %1", "", len(others))
            .replace("%1", done.name),
            lambda: duplicates.merge_contacts(keep_id, others, fields), _ids(keep_id, *others))

    def mark_not_duplicates(self, contact_ids: Sequence[int], apart: Sequence[int] = ()) -> None:
        """Remember that the contacts are different people (``apart``: that these are
        none of the others); undoable."""
        ids, out = list(contact_ids), list(apart)
        self.record(lambda _: self.tr("Not duplicates"),
                    lambda: duplicates.mark_not_duplicates(ids, apart=out), _ids(*ids, *out))

    # -- settings ---------------------------------------------------------------

    def phone_region(self) -> str:
        """Return the phone region set in Preferences ("" when it follows the locale)."""
        return db_settings.chosen_phone_region()

    def set_preferences(self, threshold: int, default_cadence: int,
                        my_addresses: Sequence[str] | None = None,
                        recurrence_months: int | None = None,
                        phone_region: str | None = None) -> None:
        """Store the threshold, default cadence, the user's own e-mail addresses, the
        bound for recurring events and the phone region (in the file) and announce it."""
        db_settings.set_threshold(threshold)
        db_settings.set_default_cadence(default_cadence)
        if my_addresses is not None:
            db_settings.set_my_addresses(my_addresses)
        if recurrence_months is not None:
            db_settings.set_recurrence_months(recurrence_months)
        if phone_region is not None:
            db_settings.set_phone_region(phone_region)
        self.settings_changed.emit()

    def capture_settings(self) -> tuple[tuple[str, ...], int]:
        """Return the user's own e-mail addresses and the recurring events' bound (months)."""
        return db_settings.get_my_addresses(), db_settings.get_recurrence_months()

    # -- sync -------------------------------------------------------------------

    def synced(self, contact_ids: Sequence[int]) -> None:
        """A sync wrote ``contact_ids`` here: announce them and forget the undo history,
        whose rows would bring back what the sync replaced (and the next sync would send
        that back over the other device's edit). A sync that only sent keeps the history
        (an undo afterwards is sent by the next sync: :meth:`_step` marks it pending)."""
        if contact_ids:
            self.undo_stack.clear()
            self._forget_dropped()
            self.notify(contact_ids if len(contact_ids) <= 500 else [])  # else reload all

    # -- helpers ----------------------------------------------------------------

    def _named(self, text: str, contact_id: int) -> str:
        return tr(text).replace("%1", contacts.get_contact(contact_id).display_name)

    def _many(self, one: str, many: Phrase, ids: Sequence[int], extra: str = "") -> str:
        if len(ids) == 1:
            text = tr(one).replace("%1", contacts.get_contact(ids[0]).display_name)
        else:
            text = say(many)
        return text.replace("%2", extra)
