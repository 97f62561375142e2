"""Kiosk mode, in-process and offscreen: no close request, key, menu or long press leaves the kiosk;
a destroyed window is built again; only the admin's 退出信息亭模式 ends the program.

The same through a real X server (WM_DELETE_WINDOW, Alt+F4 as key events) is tests/test_lockdown_x11.py.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.screenshot import screen_params
from kiosk.widgets.lockdown import Lockdown, WindowKeeper, leave_kiosk_mode, top_level_widgets

CLOSE_KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
]


@pytest.fixture
def locked(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    """The kiosk as ``kiosk`` runs it: lockdown on the application, the shell kept by a WindowKeeper."""
    from kiosk.app import build_shell, install_font

    assert install_font() is None
    app = QApplication.instance()
    lockdown = Lockdown(app, kiosk_mode=True)
    built: list[QWidget] = []

    def build() -> QWidget:
        shell = build_shell(sqlite_demo, "zh_CN")
        built.append(shell)
        return shell

    def show(window: QWidget) -> None:
        window.resize(1920, 1080)
        window.show()

    keeper = WindowKeeper(build, show, lockdown, interval_ms=100)
    keeper.start()
    qtbot.waitExposed(keeper.window)
    yield keeper
    lockdown.release()
    keeper.timer.stop()
    app.removeEventFilter(lockdown)
    app.setQuitOnLastWindowClosed(True)
    for shell in built:
        if shiboken6.isValid(shell):
            shell.close()
            shell.deleteLater()
    lockdown.deleteLater()
    app.setStyleSheet("")
    if built and shiboken6.isValid(built[-1]):
        built[-1].services["translator"].set_language("en")


def _public_screens(shell) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    return [(n, screen_params(shell, n, None)) for n in sorted(shell.factories) if n not in ("attract", "home")]


def test_close_requests_and_close_keys_leave_the_kiosk_up(qtbot, locked) -> None:
    shell = locked.window
    before = top_level_widgets()
    assert not shell.close()  # closeEvent refused (what a window manager's close ends in)
    app = QApplication.instance()
    for key, modifiers in CLOSE_KEYS:
        for target in (shell, shell.current_screen()):
            QTest.keyClick(target, key, modifiers)
            override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
            app.sendEvent(target, override)
    qtbot.wait(300)
    assert shell.isVisible() and shiboken6.isValid(shell)
    assert top_level_widgets() == before
    assert locked.lockdown.refused_closes >= 1
    print(f"\nlockdown: {locked.lockdown.refused_closes} close request(s) refused, {len(CLOSE_KEYS)} key combinations")


def test_no_context_menu_and_no_long_press_menu_on_any_screen(qtbot, locked) -> None:
    shell = locked.window
    before = set(map(id, top_level_widgets()))
    screens = _public_screens(shell)
    for name, params in [("home", {}), *screens]:
        if name == "home":
            shell.go_home()
        else:
            shell.go(name, **params)
        qtbot.wait(20)
        widgets = [shell.current_screen(), *shell.current_screen().findChildren(QWidget)]
        for widget in [w for w in widgets if w.isVisible()][:60]:
            point = widget.rect().center()
            event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
            QApplication.sendEvent(widget, event)
        target = shell.current_screen()
        QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.rect().center())
        qtbot.wait(2000)  # a two-second long press
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.rect().center())
        qtbot.wait(50)
        new = [w for w in top_level_widgets() if id(w) not in before and w is not shell]
        assert not new, f"{name}: a new window appeared: {[type(w).__name__ for w in new]}"
        assert shell.isVisible()
    print(f"\nlockdown: context menus and 2-second long presses on {len(screens) + 1} screens, no new window")


def test_a_text_field_right_click_opens_no_menu(qtbot, locked) -> None:
    shell = locked.window
    shell.go("search")
    field = shell.current_screen().findChild(QLineEdit)
    assert field is not None
    before = len(top_level_widgets())
    QTest.mouseClick(field, Qt.MouseButton.RightButton)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), field.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(field, event)
    qtbot.wait(200)
    assert len(top_level_widgets()) == before


def test_a_hidden_window_is_shown_again_and_a_destroyed_one_rebuilt(qtbot, locked) -> None:
    first = locked.window
    first.hide()
    qtbot.waitUntil(first.isVisible, timeout=3000)
    first.deleteLater()
    qtbot.waitUntil(lambda: locked.window is not None and locked.window is not first, timeout=5000)
    qtbot.waitUntil(lambda: locked.window.isVisible(), timeout=3000)
    assert locked.rebuilds == 1
    assert locked.window.current[0] == "home"
    assert not locked.window.close()  # the new window is guarded too


def test_only_leaving_kiosk_mode_ends_the_program_with_status_0(qtbot, locked) -> None:
    shell = locked.window
    app = QApplication.instance()
    QTimer.singleShot(100, shell.close)  # refused: the event loop keeps running
    QTimer.singleShot(300, leave_kiosk_mode)
    net = QTimer(singleShot=True, interval=10_000)  # a safety net: the test fails instead of hanging
    net.timeout.connect(lambda: app.exit(99))
    net.start()
    status = app.exec()
    net.stop()  # or it fires 10 s later, ending a wait of whichever test runs then
    assert status == 0
    assert locked.lockdown.released
    assert shell.close()  # closing works once kiosk mode is left


def test_the_leave_kiosk_page_uses_the_only_way_out() -> None:
    import inspect

    from kiosk import app

    source = inspect.getsource(app._staff_access)
    assert "leave_kiosk_mode" in source and "QApplication.quit" not in source


def test_ordinary_keys_keep_working_under_the_lockdown(qtbot, locked) -> None:
    """Typing (the search field, a console's fields) is untouched; only the close keys are taken."""
    shell = locked.window
    shell.go("search")
    field = shell.current_screen().findChild(QLineEdit)
    field.setFocus()
    QTest.keyClicks(field, "ylbx")
    QTest.keyClick(field, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # taken, changes nothing
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "ylb"
    assert shell.isVisible()
