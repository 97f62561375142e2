"""The attract loop: rotates notices and rule excerpts; a touch goes home and reaches nothing else."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.data.repository import ContentRepository
from kiosk.screens.attract import AttractScreen, excerpt
from kiosk.screens.base import Look
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.bulletin_content import CURRENT_NOTICE, STAFF_ONLY_TITLE, bulletin_database, show


@pytest.fixture
def content(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    database = bulletin_database(tmp_path)
    yield ContentRepository(database)
    database.dispose()


def attract_screen(content: ContentRepository, seconds: float = 12) -> AttractScreen:
    public = partial(content.disclosures, staff=False)
    return AttractScreen(Look(STANDARD, NORMAL), content.hall, content.notices, public, rotate_seconds=seconds)


def test_attract_rotates_through_notices_and_public_rules(qtbot, content) -> None:
    screen = show(qtbot, attract_screen(content, seconds=0.1))
    first = screen.current_title()
    assert first == CURRENT_NOTICE
    qtbot.waitUntil(lambda: screen.current_title() != first, timeout=2000)
    titles = {slide.title for slide in screen.slides}
    assert titles == {CURRENT_NOTICE} | {d.title for d in content.disclosures(staff=False)}
    assert STAFF_ONLY_TITLE not in titles
    assert screen.prompt_label.text() == "Touch the screen to begin"
    assert screen.hall_label.text() == content.hall().name  # type: ignore[union-attr]


def test_attract_never_waits_longer_than_thirty_seconds_and_stops_when_hidden(qtbot, content) -> None:
    screen = show(qtbot, attract_screen(content, seconds=600))
    assert screen.rotate_timer.interval() <= 30_000
    assert screen.rotate_timer.isActive() and screen.clock_timer.isActive()
    screen.hide()
    assert not screen.rotate_timer.isActive() and not screen.clock_timer.isActive()


def test_an_excerpt_is_about_two_hundred_characters_of_plain_text() -> None:
    text = excerpt("### 一、总则\n\n" + "为民便民利民。" * 60)
    assert text.startswith("一、总则为民便民利民。")
    assert "#" not in text and "\n" not in text
    assert len(text) == 201 and text.endswith("…")


def test_a_tap_on_the_attract_loop_goes_home_without_clicking_what_lies_beneath(qtbot, shell) -> None:
    home = shell.screens["home"]
    tile = home.tiles["boards"]
    clicked = []
    tile.clicked.connect(lambda: clicked.append(True))
    where = tile.mapTo(shell, tile.rect().center())
    shell.on_idle()  # idle at home: the attract loop comes up over everything
    attract = shell.screens["attract"]
    assert shell.layers.currentWidget() is attract
    qtbot.wait(30)
    with qtbot.waitSignal(attract.go, check_params_cb=lambda name, params: name == "home"):
        qtbot.mouseClick(shell.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(where))
    qtbot.wait(30)
    assert shell.layers.currentWidget() is shell.main
    assert shell.current[0] == "home"
    assert not attract.rotate_timer.isActive()
    assert clicked == []
    # The same spot tapped again, now that home shows, opens the tile: the test aims right. (Home keeps
    # its tiles when nothing changed; rebuilt ones are new objects to listen to.)
    if home.tiles["boards"] is not tile:
        home.tiles["boards"].clicked.connect(lambda: clicked.append(True))
    assert home.tiles["boards"].mapTo(shell, home.tiles["boards"].rect().center()) == where
    qtbot.mouseClick(shell.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(where))
    assert clicked == [True]
    assert shell.current[0] == "boards"
