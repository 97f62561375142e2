"""The console with the service-loop sections, as the kiosk builds it, for the tests of those pages."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from kiosk.screens.admin.console import AdminConsole
from kiosk.services.auth import ADMIN, AuthSession

SHOTS = Path(os.environ.get("KIOSK_ADMIN_SHOTS") or Path(__file__).resolve().parents[3] / "screenshots") / "supervision"


def open_console(qtbot, database, size=(1920, 1080), alive=None):  # type: ignore[no-untyped-def]
    """The admin console (signed in as the administrator) with every section the kiosk gives it."""
    from kiosk.app import _console_sections, install_font
    from kiosk.data.repository import ContentRepository
    from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet

    assert install_font() is None
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    session = AuthSession(ADMIN, "", "", dt.datetime.now(dt.UTC))
    console = AdminConsole(_console_sections(ContentRepository(database), database, session), "管理员")
    qtbot.addWidget(console)
    console.resize(*size)
    console.show()
    qtbot.waitExposed(console)
    if alive is not None:
        alive.append(console)  # qtbot holds widgets only weakly
    return SimpleNamespace(console=console, actor=session.actor)


def save(qtbot, widget, name: str, problems: dict[str, list[str]] | None = None) -> None:  # type: ignore[no-untyped-def]
    """Write ``widget`` to ``screenshots/supervision/NAME.png``; with ``problems``, note cut text and missing glyphs."""
    from tests.screens.test_layout import cut_labels, missing_glyphs
    from tests.screens.test_screenshots import distinct_colours

    qtbot.wait(150)  # a page just rebuilt settles its wrapped texts over a few layout passes
    image = widget.grab().toImage()
    assert distinct_colours(image) > 8, f"{name} looks blank"
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"{name}.png"))
    if problems is not None:
        found = cut_labels(widget) + [f"no glyph for {ch!r}" for ch in missing_glyphs(widget)]
        if found:
            problems[name] = found


def press(qtbot, area, button) -> None:  # type: ignore[no-untyped-def]
    """Scroll ``button`` into view in the kinetic ``area`` as a person would, then tap it.

    The kinetic scroller holds a press back and replays it at its screen position, so the button
    must be in view; two taps at one spot within the double-click interval would be a double-click.
    """
    from tests.screens.conftest import tap

    qtbot.wait(QApplication.doubleClickInterval())  # also lets a page that just changed lay itself out
    area.ensureWidgetVisible(button)
    assert button.isEnabled() and button.isVisible(), button.text()
    tap(qtbot, button)
