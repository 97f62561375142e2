"""Kiosk mode: no close request, key or gesture leaves the kiosk, and a lost window comes back.

``Lockdown`` is an application-wide event filter. In every resident mode it swallows context-menu
events (right click, the menu key, a long press where the platform turns one into a menu), so no
widget — a QLineEdit's copy/paste menu included — ever opens a menu. In kiosk mode (fullscreen,
not ``--windowed``) it also ignores close requests to the kiosk window (``closeEvent``, the window
manager's WM_DELETE_WINDOW, Alt+F4 through a window manager), swallows Alt+F4, Ctrl+Q and Ctrl+W
before any shortcut sees them, restores a minimised window, and keeps every other top-level window
(dialogs, the virtual keyboard) inside the kiosk's screen. The admin's 退出信息亭模式 is the only
way out: ``leave_kiosk_mode`` releases the lockdown and ends the program with status 0 (the
service file does not restart on 0). Escape keeps its meanings (a dialog's "no", the kiosk's
"home"): it never closes the kiosk.

``WindowKeeper`` checks every second that the kiosk window exists and is shown; a window that was
hidden is shown again, one that was destroyed is built again by the composition root's builder.

In ``kiosk --windowed`` and ``kiosk admin`` (an office PC, a developer) closing the window is
normal and quits the program; only the context menus stay off in ``--windowed``.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)
EXIT_LEFT_KIOSK_MODE = 0
CHECK_MS = 1000

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
# (modifiers that must be held, key): what desktops use to close a window or quit a program
BLOCKED_KEYS = {
    (_ALT, Qt.Key.Key_F4),
    (_CTRL, Qt.Key.Key_Q),
    (_CTRL, Qt.Key.Key_W),
    (_CTRL, Qt.Key.Key_F4),
    (_CTRL | _SHIFT, Qt.Key.Key_Q),
    (_CTRL | _SHIFT, Qt.Key.Key_W),
}


def blocked_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & (_CTRL | _ALT | _SHIFT)
    return (modifiers, Qt.Key(event.key())) in BLOCKED_KEYS


class Lockdown(QObject):
    """The kiosk's application-wide event filter (see the module docstring)."""

    def __init__(self, app: QCoreApplication, *, kiosk_mode: bool = True, menus: bool = False) -> None:
        super().__init__(app)
        self.setObjectName("KioskLockdown")
        self.kiosk_mode = kiosk_mode
        self.menus = menus  # the office window keeps its context menus (copy and paste with a mouse)
        self.released = False
        self._guarded: weakref.WeakSet[QWidget] = weakref.WeakSet()
        self.refused_closes = 0
        app.installEventFilter(self)
        if kiosk_mode and isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(False)  # only leave_kiosk_mode ends the program

    def guard(self, window: QWidget) -> None:
        """``window`` is a kiosk window: closing it is refused while the lockdown holds."""
        self._guarded.add(window)

    def guarded(self) -> list[QWidget]:
        return [w for w in self._guarded if shiboken6.isValid(w)]

    def release(self) -> None:
        """The admin leaves kiosk mode: closing is allowed from now on."""
        self.released = True

    @property
    def holding(self) -> bool:
        return self.kiosk_mode and not self.released

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and not self.menus:
            event.accept()
            return True
        if not self.holding:
            return False
        if kind == QEvent.Type.Close and watched in self._guarded:
            event.ignore()
            self.refused_closes += 1
            log.info("a request to close the kiosk window was refused")
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            if isinstance(event, QKeyEvent) and blocked_key(event):
                event.accept()  # for ShortcutOverride: "this key is taken", so no shortcut fires
                return True
            return False
        if kind == QEvent.Type.WindowStateChange and watched in self._guarded:
            window = watched
            if isinstance(window, QWidget) and window.windowState() & Qt.WindowState.WindowMinimized:
                QTimer.singleShot(0, window.showFullScreen)
            return False
        shown_window = kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
        if shown_window and watched not in self._guarded:
            QTimer.singleShot(0, lambda w=watched: keep_inside(w, self.kiosk_rect()))
        return False

    def kiosk_rect(self) -> QRect | None:
        for window in self.guarded():
            if window.isVisible():
                return window.frameGeometry()
        return None

    def keep_windows_inside(self) -> None:
        """Every other visible top-level window (a dialog, the virtual keyboard) inside the kiosk's area."""
        area = self.kiosk_rect()
        if area is None or not self.holding:
            return
        mine = {w.windowHandle() for w in self.guarded()}
        for window in QGuiApplication.topLevelWindows():
            if window in mine or not window.isVisible():
                continue
            clamp_window(window, area)


def _clamped(rect: QRect, area: QRect) -> QRect:
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def keep_inside(widget: QWidget, area: QRect | None) -> None:
    """Move (and if need be shrink) a top-level widget so that it lies inside ``area``."""
    if area is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return
    frame = widget.frameGeometry()
    if area.contains(frame):
        return
    target = _clamped(frame, area)
    if target.size() != frame.size():
        widget.resize(
            widget.width() - (frame.width() - target.width()), widget.height() - (frame.height() - target.height())
        )
    widget.move(target.topLeft())


def clamp_window(window: QWindow, area: QRect) -> None:
    frame = window.frameGeometry()
    if not area.contains(frame):
        window.setGeometry(_clamped(window.geometry(), area))


def leave_kiosk_mode() -> None:
    """The admin's 退出信息亭模式: release every lockdown and end the program with status 0."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for lockdown in app.findChildren(Lockdown):
        lockdown.release()
    QCoreApplication.exit(EXIT_LEFT_KIOSK_MODE)


class WindowKeeper(QObject):
    """Shows the kiosk window, and shows it again — or builds a new one — when it is gone."""

    rebuilt = Signal(object)  # the new window

    def __init__(
        self,
        build: Callable[[], QWidget],
        show: Callable[[QWidget], None],
        lockdown: Lockdown,
        *,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(lockdown)
        self.build = build
        self.show = show
        self.lockdown = lockdown
        self.window: QWidget | None = None
        self.rebuilds = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> QWidget:
        window = self.replace(self.build)
        self.timer.start()
        return window

    def replace(self, build: Callable[[], QWidget]) -> QWidget:
        """Show the window ``build`` makes instead of the current one (first-run setup → kiosk)."""
        self.build = build
        old, self.window = self.window, build()
        self.lockdown.guard(self.window)
        self.show(self.window)
        if old is not None and shiboken6.isValid(old) and old is not self.window:
            old.hide()
            old.deleteLater()
        return self.window

    def check(self) -> None:
        if not self.lockdown.holding:
            return
        window = self.window
        if window is None or not shiboken6.isValid(window):
            log.error("the kiosk window was destroyed: building it again")
            self.rebuilds += 1
            self.window = None
            self.rebuilt.emit(self.replace(self.build))
        elif not window.isVisible() or window.windowState() & Qt.WindowState.WindowMinimized:
            log.error("the kiosk window was hidden: showing it again")
            self.show(window)
        self.lockdown.keep_windows_inside()


def top_level_widgets() -> list[QWidget]:
    """The visible top-level widgets of the application (tests: nothing new may appear)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    return [w for w in app.topLevelWidgets() if w.isVisible()]
