"""The shell's idle time: the watcher, the warning 20 s before the reset, and what a touch on it means.

Idle after ``seconds``: the shell resets (``Shell.on_idle``). ``IDLE_WARNING_SECONDS`` before that,
unless nothing would be lost (``Shell.at_rest``), the warning covers the kiosk (WCAG 2.2.1: at
least 20 s to answer). A touch on the warning answers it itself (keep, or home now); input anywhere
else — the virtual keyboard, a dialog — keeps the session too and takes the warning away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.widgets.idle import IdleWatcher
from kiosk.widgets.idle_warning import IdleWarning

if TYPE_CHECKING:
    from kiosk.screens.shell import Shell

IDLE_WARNING_SECONDS = 20  # WCAG 2.2.1: at least 20 s to say "I am still here"


class IdleFlow(QObject):
    """The ``IdleWatcher`` and ``IdleWarning`` of one shell."""

    def __init__(self, shell: Shell, seconds: int) -> None:
        super().__init__(shell)
        self.shell = shell
        self.watcher = IdleWatcher(seconds, shell, warning_seconds=IDLE_WARNING_SECONDS)
        self.warning = IdleWarning(shell.look, shell)
        self.watcher.idle.connect(shell.on_idle)
        self.watcher.warn.connect(self.warn)
        self.watcher.active.connect(self._input)
        self.warning.kept.connect(self.keep)
        self.warning.home.connect(shell.idle_reset)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)

    def set_warning(self, seconds: int) -> None:
        self.watcher.set_warning(max(IDLE_WARNING_SECONDS, int(seconds)))

    def warn(self, seconds: int) -> None:
        """``seconds`` before the reset: warn, unless nothing would be lost (home, nothing entered)."""
        if not self.shell.at_rest():
            self.warning.start(seconds)

    def keep(self) -> None:
        self.warning.stop()
        self.watcher.poke()

    def _input(self, receiver: object) -> None:
        if not self.warning.showing:
            self.watcher.poke()
            return
        warning = self.warning
        on_warning = isinstance(receiver, QWidget) and (receiver is warning or warning.isAncestorOf(receiver))
        if on_warning or receiver is self.shell.windowHandle():  # the window's copy of a touch comes first
            return
        self.keep()


def dialog_open() -> bool:
    """Whether a dialog is on screen (a print in progress, a file picker): someone is busy."""
    app = QApplication.instance()
    widgets = app.topLevelWidgets() if isinstance(app, QApplication) else []
    return any(isinstance(w, QDialog) and w.isVisible() for w in widgets)
