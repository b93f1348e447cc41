"""Introductions: who introduced whom, refused circles, gone and archived introducers,
stable layouts, the door openers, the name completer's query, exact undo, the vCard
round trip."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import pytest

from networkapp.services import changes
from networkapp.services.contacts import (
    create_contact,
    delete_contacts,
    get_contact,
    update_contact,
)
from networkapp.services.dto import ContactFields, ExchangeInput, InteractionInput
from networkapp.services.errors import ValidationError
from networkapp.services.importing import ImportData, apply_import, plan_import
from networkapp.services.interactions import add_interaction, get_interaction, update_interaction
from networkapp.services.introduction_layout import (
    INTRODUCED,
    INTRODUCER,
    MINE_TO_THEM,
    MINE_TO_WHOM,
    ego_map,
    forest_children,
    forest_layout,
    radial_layout,
)
from networkapp.services.introductions import (
    door_openers,
    introducer_problem,
    introductions_of,
    names_starting,
)
from networkapp.services.states import archive_contact
from networkapp.services.vcard_export import all_contact_ids, export_vcards
from tests.dump import differences, dump_file


def _new(name: str, by: int | None = None, on: dt.date | None = None) -> int:
    return create_contact(ContactFields(display_name=name, introduced_by=by, introduced_on=on))


def _introduce(cid: int, by: int | None, on: dt.date | None = None) -> None:
    update_contact(cid, replace(get_contact(cid).fields, introduced_by=by, introduced_on=on))


def test_a_contact_records_who_introduced_them_and_when(db_path: Path) -> None:
    marco = _new("Marco Bianchi")
    anna = _new("Anna Rossi", by=marco, on=dt.date(2024, 5, 3))
    fields = get_contact(anna).fields
    assert (fields.introduced_by, fields.introduced_on) == (marco, dt.date(2024, 5, 3))
    found = introductions_of(marco)
    assert found is not None and [p.name for p in found.introduced] == ["Anna Rossi"]
    assert get_contact(marco).fields.uid  # named by UID in an export


def test_a_circle_is_refused_with_the_names(db_path: Path) -> None:
    anna = _new("Anna Rossi")
    marco = _new("Marco Bianchi", by=anna)
    with pytest.raises(ValidationError) as refused:
        _introduce(anna, marco)
    message = str(refused.value)
    assert "Marco Bianchi cannot have introduced Anna Rossi" in message
    assert "circle" in message
    luca = _new("Luca Verdi", by=marco)
    problem = introducer_problem(anna, luca)  # A <- B <- C, then A by C: a longer circle
    assert problem is not None and "Luca Verdi ← Marco Bianchi ← Anna Rossi" in problem.english()
    problem = introducer_problem(anna, anna)
    assert problem is not None
    assert problem.english() == "Anna Rossi cannot have introduced themselves."
    assert get_contact(anna).fields.introduced_by is None  # nothing written


def test_a_deleted_introducer_leaves_the_contact_without_one(db_path: Path) -> None:
    marco = _new("Marco Bianchi")
    anna = _new("Anna Rossi", by=marco, on=dt.date(2024, 1, 2))
    problem = introducer_problem(anna, 999)
    assert problem is not None
    assert problem.english() == "The introducer is not in your contacts any more."
    before = dump_file()
    _, recording = changes.record(lambda: delete_contacts([marco]))
    assert get_contact(anna).fields.introduced_by is None
    changes.ChangeSet(recording).swap()  # undo brings the link back, exactly
    assert differences(before, dump_file()) == []


def test_an_archived_introducer_stays_on_the_map_marked(db_path: Path) -> None:
    marco = _new("Marco Bianchi")
    anna = _new("Anna Rossi", by=marco)
    archive_contact(marco, "closed")
    found = ego_map(anna)
    assert found is not None
    node = found.node(marco)
    assert node is not None and node.relation == INTRODUCER and node.person.archived
    assert introducer_problem(_new("Luca Verdi"), marco) is None  # may still be chosen


def test_undo_of_setting_an_introducer_is_exact(db_path: Path) -> None:
    marco = _new("Marco Bianchi")
    anna = _new("Anna Rossi")
    before = dump_file()
    _, recording = changes.record(lambda: _introduce(anna, marco, dt.date(2024, 3, 1)))
    assert recording.tables() == {"contact"}
    change = changes.ChangeSet(recording)
    change.swap()
    assert differences(before, dump_file()) == []  # the introducer's new UID went too
    change.swap()
    assert get_contact(anna).fields.introduced_by == marco


def _intro(direction: str, who: int | None) -> ExchangeInput:
    return ExchangeInput(direction, "introduction", introduced=who)


def test_exchanges_name_the_contact_introduced(db_path: Path) -> None:
    anna, marco, client = _new("Anna Rossi"), _new("Marco Bianchi"), _new("Client Srl")
    day = dt.date(2024, 6, 1)
    iid = add_interaction(anna, InteractionInput(day, exchanges=(_intro("gave", marco),)))
    assert get_interaction(iid).exchanges[0].introduced == marco
    found = introductions_of(marco)
    assert found is not None and [p.name for p in found.mine_to_whom] == ["Anna Rossi"]
    found = introductions_of(anna)
    assert found is not None and [p.name for p in found.mine_to_them] == ["Marco Bianchi"]
    # Marco introduces me to a client: the client's introducer becomes Marco.
    add_interaction(marco, InteractionInput(day, exchanges=(_intro("received", client),)))
    assert get_contact(client).fields.introduced_by == marco
    assert get_contact(client).fields.introduced_on == day
    with pytest.raises(ValidationError):  # only an introduction names someone
        update_interaction(iid, InteractionInput(day, exchanges=(
            ExchangeInput("gave", "advice", introduced=marco),)))
    with pytest.raises(ValidationError):  # not the interaction's own contact
        update_interaction(iid, InteractionInput(day, exchanges=(_intro("gave", anna),)))


def test_a_received_introduction_never_makes_a_circle(db_path: Path) -> None:
    anna = _new("Anna Rossi")
    marco = _new("Marco Bianchi", by=anna)
    add_interaction(marco, InteractionInput(dt.date(2024, 1, 1),
                                            exchanges=(_intro("received", anna),)))
    assert get_contact(anna).fields.introduced_by is None  # the exchange is kept alone


def test_door_openers_count_both_ways(db_path: Path) -> None:
    marco, anna = _new("Marco Bianchi"), _new("Anna Rossi")
    for n in range(3):
        _new(f"Client {n}", by=marco)
    day = dt.date(2024, 1, 1)
    add_interaction(anna, InteractionInput(day, exchanges=(
        _intro("gave", marco), _intro("gave", None), _intro("received", None))))
    openers = door_openers()
    assert [(o.person.name, o.to_me, o.by_me) for o in openers] == [
        ("Marco Bianchi", 3, 0), ("Anna Rossi", 1, 2)]


def test_the_radial_layout_is_stable_and_spreads_the_children(db_path: Path) -> None:
    children = {1: [2, 3, 4], 2: [5, 6], 3: [], 4: [7], 5: [], 6: [], 7: []}
    first = radial_layout(1, children)
    assert first == radial_layout(1, {k: list(v) for k, v in children.items()})
    assert first[1] == (0.0, 0.0)
    assert first[2][0] == pytest.approx(0.0) and first[2][1] < 0  # the first child on top
    for child in (2, 3, 4):
        assert math.hypot(*first[child]) == pytest.approx(100.0)
    positions = set(first.values())
    assert len(positions) == len(children)  # nobody on top of anybody


def test_the_forest_layout_is_the_same_for_the_same_network(db_path: Path) -> None:
    roots = [_new(f"Root {n}") for n in range(3)]
    for n in range(30):
        _new(f"Member {n:02}", by=roots[n % 3])
    _new("Alone")
    first = forest_layout()
    again = forest_layout()
    assert first.positions == again.positions and first.trees == again.trees
    assert first.unlinked == 1 and len(first.positions) == 33 and len(first.trees) == 3
    for (_, ax, ay, ar), (_, bx, by_, br) in zip(first.trees, first.trees[1:], strict=False):
        assert math.hypot(ax - bx, ay - by_) >= ar + br  # trees do not overlap


def test_a_stored_circle_is_cut_not_looped_forever() -> None:
    roots, children = forest_children({1: 2, 2: 3, 3: 1, 4: 1}, {})
    assert roots == [1] and sorted(c for kids in children.values() for c in kids) == [2, 3, 4]


def test_ego_map_relations(db_path: Path) -> None:
    first = _new("First Introducer")
    marco = _new("Marco Bianchi", by=first)
    anna = _new("Anna Rossi", by=marco)
    luca = _new("Luca Verdi", by=anna)
    paola, sara = _new("Paola Neri"), _new("Sara Blu")
    day = dt.date(2024, 1, 1)
    add_interaction(anna, InteractionInput(day, exchanges=(_intro("gave", paola),)))
    add_interaction(sara, InteractionInput(day, exchanges=(_intro("gave", anna),)))
    found = ego_map(anna)
    assert found is not None
    relations = {n.person.name: (n.relation, n.parent) for n in found.nodes}
    assert relations == {
        "Anna Rossi": ("center", None), "Marco Bianchi": (INTRODUCER, anna),
        "First Introducer": (INTRODUCER, marco), "Luca Verdi": (INTRODUCED, anna),
        "Paola Neri": (MINE_TO_THEM, anna), "Sara Blu": (MINE_TO_WHOM, anna)}
    assert found == ego_map(anna)
    assert luca in {n.person.id for n in found.nodes}


def test_names_starting_finds_name_and_word_prefixes(db_path: Path) -> None:
    for name in ("Niccolò Ferri", "Nico Bianchi", "Anna Nicoletti", "Zed"):
        _new(name)
    assert [m.name for m in names_starting("nicc")] == ["Niccolò Ferri"]
    assert [m.name for m in names_starting("NICO")] == ["Nico Bianchi", "Anna Nicoletti"]
    assert names_starting("  ") == [] and names_starting("%") == []
    zed = names_starting("zed")[0].id
    assert names_starting("zed", exclude=zed) == []


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_reproduces_the_introductions(tmp_path: Path, version: str) -> None:
    from networkapp.models import close_database, open_database

    open_database(tmp_path / "a.sqlite3")
    anna = _new("Anna Rossi")  # exported after the one she introduced: resolved at the end
    marco = _new("Marco Bianchi", by=anna, on=dt.date(2023, 9, 8))
    text = export_vcards([marco, anna], version)
    assert "X-NETWORKAPP-INTRODUCED-BY:" in text and "X-NETWORKAPP-INTRODUCED-ON:2023-09-08" in text
    close_database()
    open_database(tmp_path / "b.sqlite3")
    try:
        apply_import(plan_import([ImportData("export.vcf", text.encode())]))
        by_name = {get_contact(c).display_name: get_contact(c).fields
                   for c in all_contact_ids(archived=None)}
        introducer = by_name["Marco Bianchi"].introduced_by
        assert introducer is not None and get_contact(introducer).display_name == "Anna Rossi"
        assert by_name["Marco Bianchi"].introduced_on == dt.date(2023, 9, 8)
        # Importing the same cards again changes nothing.
        before = dump_file()
        apply_import(plan_import([ImportData("export.vcf", text.encode())]))
        assert differences(before, dump_file()) == []
    finally:
        close_database()


def test_the_demo_network_has_introductions_to_show(db_path: Path) -> None:
    from networkapp.services.demo import generate_demo

    summary = generate_demo(300, seed=3, today=dt.date(2025, 1, 1))
    layout = forest_layout()
    assert summary.extra["introductions"] > 50
    assert len(layout.links) == summary.extra["introductions"]
    assert max(len(c) for c in forest_children(dict((c, p) for p, c in layout.links), {})[1]
               .values()) >= 5  # some connectors opened many doors
    assert door_openers(5)[0].total >= 5


def test_a_card_naming_a_merged_away_introducer_links_the_kept_contact(db_path: Path) -> None:
    from networkapp.services.duplicates import merge_contacts

    kept = create_contact(ContactFields(display_name="Anna Rossi", uid="uid-anna"))
    merged = create_contact(ContactFields(display_name="Anna R.", uid="uid-anna-old"))
    merge_contacts(kept, [merged])
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luca Verdi\r\nN:Verdi;Luca;;;\r\n"
            b"UID:uid-luca\r\nX-NETWORKAPP-INTRODUCED-BY:uid-anna-old\r\nEND:VCARD\r\n")
    apply_import(plan_import([ImportData("luca.vcf", card)]))
    luca = next(c for c in all_contact_ids(archived=None)
                if get_contact(c).display_name == "Luca Verdi")
    assert get_contact(luca).fields.introduced_by == kept
