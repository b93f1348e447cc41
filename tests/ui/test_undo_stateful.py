"""Hundreds of random edits through the controller, undone and redone: the file comes back exactly.

A hypothesis state machine (derandomized: the same walk every run) adds, edits and
deletes contacts, interactions, exchanges and signals, tags, archives, restores,
clarifies and imports vCards (new contacts and merges), and undoes and redoes at
random. After every step the whole file (every table, every rowid, every column,
timestamps and cached columns included) must equal the dump taken when the undo
stack last stood at the same index; at the end, undo
all gives the first dump and redo all the last. No column is exempt.

``make soak`` runs many more and longer walks (NETWORKAPP_SOAK=1).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication

from networkapp.models import bind_memory, close_database, db
from networkapp.services import changes
from networkapp.services.clarify import DRAFT, FINISH, ClarifyResult
from networkapp.services.dto import (
    AddressData,
    ClarificationInput,
    ContactFields,
    Decision,
    ExchangeInput,
    InteractionInput,
    LabeledValue,
    SignalInput,
)
from networkapp.services.errors import DomainError
from networkapp.services.importing import ImportData, apply_import, plan_import
from networkapp.services.vocabulary import CHANNELS, DIRECTIONS, GROWTHS, KINDS
from networkapp.ui.controller import Controller
from tests.dump import Dump, differences, dump_file

SOAK = bool(os.environ.get("NETWORKAPP_SOAK"))
WALKS = 40 if SOAK else 2
STEPS = 400 if SOAK else 150

NAMES = ("Ada", "Bea", "Carlo", "Dario", "Elena", "Franca")
TAGS = ("mentor", "friend", "work", "alumni")
DAYS = st.dates(dt.date(2023, 1, 1), dt.date(2024, 12, 31))

labeled = st.builds(LabeledValue, st.sampled_from(("a@x.org", "b@y.org", "+39 1", "+39 2")),
                    st.sampled_from(("", "work", "home")))
fields = st.builds(
    ContactFields,
    given_name=st.sampled_from(NAMES), family_name=st.sampled_from(("", "Rossi", "Bianchi")),
    organization=st.sampled_from(("", "Orbit")), notes=st.sampled_from(("", "met at a fair")),
    emails=st.lists(labeled, max_size=3).map(tuple),
    phones=st.lists(labeled, max_size=2).map(tuple),
    urls=st.lists(labeled, max_size=1).map(tuple),
    addresses=st.lists(st.builds(AddressData, street=st.sampled_from(("Via Roma 1", "Main St")),
                                 locality=st.sampled_from(("", "Milano"))),
                       max_size=2).map(tuple),
    tags=st.lists(st.sampled_from(TAGS), max_size=3, unique=True).map(tuple),
    cadence_days=st.sampled_from((None, 30, 90)),
)
exchange = st.builds(ExchangeInput, st.sampled_from(DIRECTIONS), st.sampled_from(KINDS),
                     st.sampled_from(GROWTHS), st.integers(1, 3))
interaction = st.builds(InteractionInput, DAYS, st.sampled_from(CHANNELS),
                        st.sampled_from(("Coffee", "Call")),
                        exchanges=st.lists(exchange, max_size=3).map(tuple))
talk = st.builds(ClarificationInput, date=DAYS, planned_questions=st.sampled_from(("", "Why?")),
                 outcome=st.sampled_from((None, "clarified", "no_answer")),
                 draft_step=st.integers(0, 2))


def _ids(sql: str) -> list[int]:
    return [row[0] for row in db.execute_sql(sql).fetchall()]


class UndoMachine(RuleBasedStateMachine):
    """Random edits, undos and redos; the file must match the stack at every step."""

    def __init__(self) -> None:
        super().__init__()
        bind_memory()
        self.controller = Controller()
        self.failures: list[str] = []
        self.controller.undo_failed.connect(self.failures.append)
        self.dumps: list[Dump] = [dump_file()]  # the file when the stack index was i

    # -- checks --------------------------------------------------------------------

    @invariant()
    def file_matches_the_stack(self) -> None:
        stack = self.controller.undo_stack
        assert stack.count() == len(self.dumps) - 1
        assert differences(self.dumps[stack.index()], dump_file()) == []

    def teardown(self) -> None:
        """Undo all: the first dump; redo all: the last."""
        try:
            while self.controller.undo_stack.canUndo():
                assert self.controller.undo(), self.failures
            assert differences(self.dumps[0], dump_file()) == []
            while self.controller.undo_stack.canRedo():
                assert self.controller.redo(), self.failures
            assert differences(self.dumps[-1], dump_file()) == []
        finally:
            self.controller.undo_stack.clear()
            self.controller.deleteLater()
            close_database()

    def _do(self, edit: Callable[[], object]) -> None:
        index = self.controller.undo_stack.index()
        before = self.dumps[index]  # the file now (checked after every step)
        try:
            edit()
        except DomainError:  # refused: nothing written, nothing pushed
            assert differences(before, dump_file()) == []
            assert self.controller.undo_stack.index() == index
            return
        if self.controller.undo_stack.index() == index:  # changed nothing: not pushed
            assert differences(before, dump_file()) == []
            return
        self.dumps[index + 1:] = [dump_file()]

    def _pick(self, data: st.DataObject, sql: str) -> int:
        return data.draw(st.sampled_from(_ids(sql)))

    # -- contacts ------------------------------------------------------------------

    @rule(new=fields)
    def add_contact(self, new: ContactFields) -> None:
        self._do(lambda: self.controller.add_contact(new))

    @precondition(lambda self: _ids("SELECT id FROM contact"))
    @rule(data=st.data(), new=fields)
    def edit_contact(self, data: st.DataObject, new: ContactFields) -> None:
        cid = self._pick(data, "SELECT id FROM contact")
        self._do(lambda: self.controller.update_contact(cid, new))

    @precondition(lambda self: _ids("SELECT id FROM contact"))
    @rule(data=st.data())
    def delete_contacts(self, data: st.DataObject) -> None:
        ids = data.draw(st.lists(st.sampled_from(_ids("SELECT id FROM contact")), min_size=1,
                                 max_size=2, unique=True))
        self._do(lambda: self.controller.delete_contacts(ids))

    @precondition(lambda self: _ids("SELECT id FROM contact"))
    @rule(data=st.data(), name=st.sampled_from(TAGS))
    def tag(self, data: st.DataObject, name: str) -> None:
        ids = data.draw(st.lists(st.sampled_from(_ids("SELECT id FROM contact")), min_size=1,
                                 max_size=3, unique=True))
        self._do(lambda: self.controller.tag_contacts(ids, name))

    @precondition(lambda self: _ids("SELECT id FROM contact WHERE status != 'archived'"))
    @rule(data=st.data())
    def archive(self, data: st.DataObject) -> None:
        cid = self._pick(data, "SELECT id FROM contact WHERE status != 'archived'")
        self._do(lambda: self.controller.archive_contacts([cid], "one-sided"))

    @precondition(lambda self: _ids("SELECT id FROM contact WHERE status = 'archived'"))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        cid = self._pick(data, "SELECT id FROM contact WHERE status = 'archived'")
        self._do(lambda: self.controller.restore_contacts([cid]))

    # -- interactions, exchanges, signals ----------------------------------------------

    @precondition(lambda self: _ids("SELECT id FROM contact"))
    @rule(data=st.data(), new=interaction)
    def add_interaction(self, data: st.DataObject, new: InteractionInput) -> None:
        cid = self._pick(data, "SELECT id FROM contact")
        self._do(lambda: self.controller.add_interaction(cid, new))

    @precondition(lambda self: _ids("SELECT id FROM interaction"))
    @rule(data=st.data(), new=interaction)
    def edit_interaction(self, data: st.DataObject, new: InteractionInput) -> None:
        iid = self._pick(data, "SELECT id FROM interaction")
        self._do(lambda: self.controller.update_interaction(iid, new))

    @precondition(lambda self: _ids("SELECT id FROM interaction"))
    @rule(data=st.data())
    def delete_interaction(self, data: st.DataObject) -> None:
        iid = self._pick(data, "SELECT id FROM interaction")
        self._do(lambda: self.controller.delete_interaction(iid))

    @precondition(lambda self: _ids("SELECT id FROM contact"))
    @rule(data=st.data(), day=DAYS, warning=st.booleans(), linked=st.booleans())
    def add_signal(self, data: st.DataObject, day: dt.date, warning: bool, linked: bool) -> None:
        cid = self._pick(data, "SELECT id FROM contact")
        links = _ids(f"SELECT id FROM interaction WHERE contact_id = {cid}")
        iid = data.draw(st.sampled_from(links)) if linked and links else None
        signal = (SignalInput(day, "warning", "ego_first", data.draw(st.integers(1, 3)),
                              interaction_id=iid) if warning
                  else SignalInput(day, "positive", "reciprocated", interaction_id=iid))
        self._do(lambda: self.controller.add_signal(cid, signal))

    @precondition(lambda self: _ids("SELECT id FROM signal"))
    @rule(data=st.data())
    def delete_signal(self, data: st.DataObject) -> None:
        sid = self._pick(data, "SELECT id FROM signal")
        self._do(lambda: self.controller.delete_signal(sid))

    # -- clarify -----------------------------------------------------------------------

    @precondition(lambda self: _ids("SELECT id FROM contact WHERE status != 'archived'"))
    @rule(data=st.data(), said=talk)
    def save_draft(self, data: st.DataObject, said: ClarificationInput) -> None:
        cid = self._pick(data, "SELECT id FROM contact WHERE status != 'archived'")
        self._do(lambda: self.controller.clarify(cid, ClarifyResult(DRAFT, said)))

    @precondition(lambda self: _ids("SELECT id FROM contact WHERE status != 'archived'"))
    @rule(data=st.data(), said=talk, keep=st.booleans())
    def decide(self, data: st.DataObject, said: ClarificationInput, keep: bool) -> None:
        cid = self._pick(data, "SELECT id FROM contact WHERE status != 'archived'")
        decision = Decision("keep", cadence_days=60) if keep else Decision("archive", "Enough.")
        self._do(lambda: self.controller.clarify(cid, ClarifyResult(FINISH, said, decision)))

    # -- import ------------------------------------------------------------------------

    @rule(cards=st.lists(st.tuples(st.sampled_from(NAMES), labeled, st.sampled_from(TAGS)),
                         min_size=1, max_size=4))
    def import_cards(self, cards: list[tuple[str, LabeledValue, str]]) -> None:
        """An import (new contacts, merges into stored ones, new tags), as the window does."""
        text = "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:;{name};;;\r\n"
            f"{'TEL' if value.value.startswith('+') else 'EMAIL'}:{value.value}\r\n"
            f"CATEGORIES:{tag}\r\nEND:VCARD\r\n" for name, value, tag in cards)
        plan = plan_import([ImportData("walk.vcf", text.encode())])

        def imported() -> None:
            result, recording = changes.record(lambda: apply_import(plan))
            self.controller.push_recording("Import", recording,
                                           [*result.created_ids, *result.merged_ids])

        self._do(imported)

    # -- undo and redo -----------------------------------------------------------------

    @precondition(lambda self: self.controller.undo_stack.canUndo())
    @rule(times=st.integers(1, 4))
    def undo(self, times: int) -> None:
        for _ in range(min(times, self.controller.undo_stack.index())):
            assert self.controller.undo(), self.failures

    @precondition(lambda self: self.controller.undo_stack.canRedo())
    @rule(times=st.integers(1, 4))
    def redo(self, times: int) -> None:
        stack = self.controller.undo_stack
        for _ in range(min(times, stack.count() - stack.index())):
            assert self.controller.redo(), self.failures


@pytest.mark.usefixtures("qapp")
def test_random_edits_undo_and_redo_exactly(qapp: QApplication) -> None:
    UndoMachine.TestCase.settings = settings(
        max_examples=WALKS, stateful_step_count=STEPS, derandomize=True, database=None,
        deadline=None, suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.reuse, Phase.generate])
    UndoMachine.TestCase().runTest()
