"""Staff access on the kiosk: the hidden gesture, the sign-in layer and the console layer.

Five quick taps on the hall emblem open sign-in over the kiosk; a correct PIN replaces it with the
admin console (staff see only the sections marked ``admin_only=False``). The session lives only as
long as the console is on screen: "Back to the kiosk", the idle reset, Escape or any navigation
that brings the kiosk back ends it, and the console is thrown away with everything it showed. So
after a staff member walks off, the next resident finds the public kiosk and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.errors import UserError
from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.login import LoginScreen
from kiosk.screens.shell import Shell
from kiosk.services.auth import AuthSession
from kiosk.widgets.gesture import TapSequence


def who_text(session: AuthSession) -> str:
    """How the console names the person signed in."""
    if session.is_admin:
        return QCoreApplication.translate("StaffAccess", "Administrator")
    return QCoreApplication.translate("StaffAccess", "Staff: %1").replace("%1", session.name or session.staff_code)


class StaffAccess(QObject):
    """Owns the gesture, the sign-in screen, the console and the current ``session`` of one shell."""

    session_started = Signal(object)  # AuthSession
    session_ended = Signal()

    def __init__(
        self,
        shell: Shell,
        make_login: Callable[[], LoginScreen],
        make_console: Callable[[AuthSession], AdminConsole],
    ) -> None:
        super().__init__(shell)  # deleted with the shell; reaches it through parent(), so no reference cycle
        self.make_login = make_login
        self.make_console = make_console
        self.login: LoginScreen | None = None
        self.console: AdminConsole | None = None
        self.session: AuthSession | None = None
        self._ending = False
        self.gesture = TapSequence(parent=self)
        self.gesture.watch(shell.header.logo)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.gesture)
        shell.header.logo_tapped.connect(self.gesture.tap)
        self.gesture.triggered.connect(self.open_login)
        shell.idle_reset_done.connect(self.end_session)
        shell.layers.currentChanged.connect(self._layer_changed)

    @property
    def shell(self) -> Shell:
        shell = self.parent()
        assert isinstance(shell, Shell)
        return shell

    def open_login(self) -> LoginScreen:
        """Cover the kiosk with the sign-in screen (a fresh start: nobody chosen, no digits)."""
        if self.login is None:
            self.login = self.make_login()
            self.login.signed_in.connect(self._signed_in)
            self.login.cancelled.connect(self.shell.go_home)
        self.login.reset()
        try:
            self.login.open()
        except UserError as exc:  # the database does not answer, and PINs are only checked there
            self.shell.header.flash(exc.message)
            if self.shell.layers.indexOf(self.login) < 0:
                self.shell.layers.addWidget(self.login)  # owned by the shell like a shown layer, not shown
            return self.login
        self.shell.show_layer(self.login)
        return self.login

    def _signed_in(self, session: AuthSession) -> None:
        self.end_session()
        console = self.make_console(session)
        console.closed.connect(self.shell.idle_reset)  # back to the kiosk: forget everything, like idle
        self.console = console
        self.session = session
        self.shell.show_layer(console)
        if self.login is not None:
            self.login.reset()
        self.session_started.emit(session)

    def end_session(self) -> None:
        """Sign out: the console is removed and deleted, the sign-in screen forgets everything."""
        if self._ending:
            return
        self._ending = True
        try:
            self.gesture.reset()
            if self.login is not None:
                self.login.reset()
            console, self.console = self.console, None
            if console is not None:
                self.shell.remove_layer(console)
                console.deleteLater()
            if self.session is not None:
                self.session = None
                self.session_ended.emit()
        finally:
            self._ending = False

    def _layer_changed(self, _index: int) -> None:
        layers = getattr(self.parent(), "layers", None)
        if layers is None:  # the shell is being destroyed: its layers go one by one, nobody is signed in
            return
        current: QWidget | None = layers.currentWidget()
        if self.console is not None and current is not self.console:
            self.end_session()
        elif self.login is not None and current is not self.login and self.console is None:
            self.login.reset()
