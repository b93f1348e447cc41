"""The introductions map as a user drives it: the Map tab, View > Network Map…, click to
select, double-click to centre, zoom by keys, export to PNG and SVG."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, ExchangeInput, InteractionInput
from networkapp.services.interactions import add_interaction
from networkapp.ui.main_window import MainWindow
from networkapp.ui.widgets.contact_detail_widget import MAP_TAB
from networkapp.ui.widgets.introduction_map_widget import IntroductionMapWidget
from tests.ui.test_keyboard import select


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    """Marco introduced Anna and Luca; Anna introduced Paola; I introduced Sara to Anna."""
    marco = create_contact(ContactFields(display_name="Marco Bianchi"))
    anna = create_contact(ContactFields(display_name="Anna Rossi", introduced_by=marco))
    luca = create_contact(ContactFields(display_name="Luca Verdi", introduced_by=marco))
    paola = create_contact(ContactFields(display_name="Paola Neri", introduced_by=anna))
    sara = create_contact(ContactFields(display_name="Sara Blu"))
    add_interaction(anna, InteractionInput(dt.date(2024, 1, 1), exchanges=(
        ExchangeInput("gave", "introduction", introduced=sara),)))
    return {"marco": marco, "anna": anna, "luca": luca, "paola": paola, "sara": sara}


def _point(view: IntroductionMapWidget, contact_id: int) -> QPoint:
    at = view.scene_point_of(contact_id)
    assert at is not None
    return view.mapFromScene(at)


def test_the_map_tab_clicks_select_and_double_clicks_centre(
        qtbot: QtBot, window: MainWindow, people: dict[str, int]) -> None:
    window.load()
    select(qtbot, window, people["anna"])
    qtbot.keyClick(window.table, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert window.detail.tabs.currentIndex() == MAP_TAB
    view = window.detail.map
    assert view.ego is not None and view.centre == people["anna"]
    names = {n.person.name for n in view.ego.nodes}
    assert names == {"Anna Rossi", "Marco Bianchi", "Paola Neri", "Sara Blu"}  # not Luca
    # A click selects Marco in the table; the map stays centred on Anna.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_point(view, people["marco"]))
    assert window.selected_ids() == [people["marco"]]
    assert view.centre == people["anna"]
    # A double-click puts Marco in the middle: now Luca is there, Paola is not.
    with qtbot.waitSignal(view.centre_changed) as centred:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          pos=_point(view, people["marco"]))
    assert centred.args == [people["marco"]]
    assert {n.person.name for n in view.ego.nodes} == {
        "Marco Bianchi", "Anna Rossi", "Luca Verdi"}


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_network_map_zooms_by_keys_and_shows_the_whole_network(
        qtbot: QtBot, window: MainWindow, people: dict[str, int]) -> None:
    window.load()
    select(qtbot, window, people["paola"])
    window.acts.network_map.trigger()
    dialog = window.maps.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    view = dialog.map
    assert view.centre == people["paola"] and dialog.centre.text() == "Paola Neri"
    before = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(before * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.transform().m11() == pytest.approx(before)
    qtbot.mouseClick(dialog.overview_button, Qt.MouseButton.LeftButton)
    assert view.forest is not None and view.centre is None
    assert set(view.forest.layout.positions) == {
        people["marco"], people["anna"], people["luca"], people["paola"]}
    assert "1 contact without any introduction" in dialog.status.text()  # Sara
    # Double-click in the overview opens that contact's map.
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_point(view, people["luca"]))
    assert view.centre == people["luca"]
    dialog.close()


def test_the_map_exports_as_png_and_svg(qtbot: QtBot, controller: object,
                                        people: dict[str, int], tmp_path: Path) -> None:
    view = IntroductionMapWidget(controller)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    assert view.show_ego(people["anna"])
    png = tmp_path / "anna.png"
    view.export(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 300
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 10  # drawn, not a blank page
    svg = tmp_path / "anna.svg"
    view.export(svg)
    text = svg.read_text()
    assert text.startswith("<?xml") and "<svg" in text and "Anna Rossi" in text
