"""A real kiosk window on the demo hall, offscreen, for flows, layout checks and screenshots."""

from __future__ import annotations

import pytest


@pytest.fixture
def shell(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    """The kiosk shell on an SQLite demo database at 1920×1080."""
    from kiosk.app import build_shell, install_font

    assert install_font() is None, "no CJK font: run the README's setup (fonts-wqy-microhei)"
    window = build_shell(sqlite_demo, "zh_CN")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield window
    from PySide6.QtWidgets import QApplication

    # The shell styles and translates the whole application: undo both for the next test.
    QApplication.instance().setStyleSheet("")
    window.services["translator"].set_language("en")


def tap(qtbot, widget, pos=None) -> None:  # type: ignore[no-untyped-def]
    """A one-finger tap: press and release at the same spot, after the screen has settled.

    A person cannot tap within the same event-loop turn that laid out a new screen, so pending
    layout and paint events are processed first.
    """
    from PySide6.QtCore import Qt

    qtbot.wait(30)
    if pos is None:
        pos = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
