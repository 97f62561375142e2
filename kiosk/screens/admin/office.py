"""``kiosk admin``: the admin console in an ordinary window, for the office PC.

The same sign-in (admin only) and the same console as on the kiosk, in a resizable window no
smaller than 1280×800, comfortable with mouse and keyboard. On a first start without an admin
PIN it asks for one first, like the kiosk. Ten minutes without input sign the admin out; "Back to
the kiosk" becomes "Sign out" here and returns to sign-in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QStackedLayout, QWidget

from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.first_run import AdminSetupScreen
from kiosk.screens.login import LoginScreen
from kiosk.services.auth import AuthSession
from kiosk.widgets.idle import IdleWatcher

OFFICE_IDLE_SECONDS = 600
MIN_SIZE = (1280, 800)


class OfficeWindow(QWidget):
    """Setup (first start only) → admin sign-in → console; signing out returns to sign-in."""

    def __init__(
        self,
        login: LoginScreen,
        make_console: Callable[[AuthSession], AdminConsole],
        setup: AdminSetupScreen | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("KioskRoot")
        self.setMinimumSize(*MIN_SIZE)
        self.login = login
        self.make_console = make_console
        self.setup = setup
        self.console: AdminConsole | None = None
        self.session: AuthSession | None = None
        self.layers = QStackedLayout(self)
        self.layers.addWidget(login)
        login.signed_in.connect(self.signed_in)
        if setup is not None:
            self.layers.addWidget(setup)
            setup.done.connect(self.show_login)
            setup.open()
            self.layers.setCurrentWidget(setup)
        else:
            self.show_login()
        self.idle = IdleWatcher(OFFICE_IDLE_SECONDS, self)
        self.idle.idle.connect(self.sign_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def show_login(self) -> None:
        self.login.reset()
        self.login.open()
        self.layers.setCurrentWidget(self.login)
        self.login.pad.setFocus()

    def signed_in(self, session: AuthSession) -> None:
        self.sign_out()
        self.session = session
        self.console = self.make_console(session)
        self.console.leave.setText(self.tr("Sign out"))
        self.console.closed.connect(self.sign_out)
        self.layers.addWidget(self.console)
        self.layers.setCurrentWidget(self.console)

    def sign_out(self) -> None:
        if self.setup is not None and self.layers.currentWidget() is self.setup:
            return  # nobody is signed in yet; the setup screen stays
        console, self.console = self.console, None
        self.session = None
        if console is not None:
            self.layers.removeWidget(console)
            console.deleteLater()
        self.show_login()
