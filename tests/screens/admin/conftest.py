"""The admin console on the demo hall, offscreen at 1920×1080, styled as inside the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def console(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    """The admin console with the content sections on the demo hall, styled as in the kiosk."""
    from kiosk.app import install_font
    from kiosk.screens.admin.console import AdminConsole
    from kiosk.screens.admin.content import content_sections
    from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet

    assert install_font() is None
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    window = AdminConsole(content_sections(sqlite_demo, lambda: "张管理员"), "张管理员")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QApplication.instance().setStyleSheet("")
