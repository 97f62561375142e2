"""A kiosk that loses its database keeps showing what it showed, marked offline, and never crashes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.screens.conftest import tap


def _lose_database(shell) -> Path:  # type: ignore[no-untyped-def]
    database = shell.content.database
    path = Path(database.engine.url.database)
    database.engine.dispose()
    gone = path.with_name("gone.sqlite3")
    path.rename(gone)  # the next connection opens an empty file: "no such table"
    return gone


def test_screens_seen_before_still_show_and_the_header_says_offline(qtbot, shell) -> None:
    tap(qtbot, shell.screens["home"].tiles["services"])
    code = shell.content.matter_summaries()[0].code
    shell.go("guide", code=code)
    name = shell.screens["guide"].matter.name
    shell.go_home()
    _lose_database(shell)

    tap(qtbot, shell.screens["home"].tiles["services"])
    assert shell.current[0] == "services"
    shell.go("guide", code=code)
    assert shell.screens["guide"].matter.name == name
    assert "●" in shell.header.clock.text()


def test_a_screen_never_read_is_a_calm_page_that_opens_the_screen_once_the_database_is_back(qtbot, shell) -> None:
    shell.go_home()
    gone = _lose_database(shell)
    tap(qtbot, shell.screens["home"].tiles["staff"])
    assert shell.current[0] == "unavailable" and shell.history == [("home", {})]
    page = shell.stack.currentWidget()
    assert page is shell.unavailable
    texts = " ".join(w.text() for w in page.findChildren(QLabel))
    assert "服务窗口" in texts  # "please ask at the service window", not an error message
    shell.retry_unavailable()  # still gone: the calm page stays
    assert shell.current[0] == "unavailable"

    path = gone.with_name("demo.sqlite3")
    path.unlink()
    gone.rename(path)
    shell.content.database.engine.dispose()
    shell.retry_unavailable()  # what the database watch does when the database answers again
    assert shell.current[0] == "staff" and shell.history == [("home", {})]
    tap(qtbot, shell.header.back_button)
    assert shell.current[0] == "home"


def test_back_online_the_marker_goes(qtbot, shell) -> None:
    tap(qtbot, shell.screens["home"].tiles["notices"])
    shell.go_home()
    gone = _lose_database(shell)
    tap(qtbot, shell.screens["home"].tiles["notices"])
    assert "●" in shell.header.clock.text()
    shell.go_home()
    path = gone.with_name("demo.sqlite3")
    path.unlink()
    gone.rename(path)
    shell.content.database.engine.dispose()
    tap(qtbot, shell.screens["home"].tiles["notices"])
    assert "●" not in shell.header.clock.text()
