"""NETWORKAPP_SMOKE: the GUI quits by itself once its window has painted."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from networkapp.ui.smoke import SMOKE_ENV, arm_smoke_exit


def test_smoke_run_quits_after_first_paint(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(SMOKE_ENV, "1")
    quits: list[bool] = []
    window = QWidget()
    qtbot.addWidget(window)
    arm_smoke_exit(window, lambda: quits.append(True))
    window.show()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    assert "smoke: first paint" in capsys.readouterr().err


def test_normal_run_does_not_quit(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SMOKE_ENV, raising=False)
    quits: list[bool] = []
    window = QWidget()
    qtbot.addWidget(window)
    arm_smoke_exit(window, lambda: quits.append(True))
    window.show()
    qtbot.waitExposed(window)
    window.repaint()
    assert quits == []
