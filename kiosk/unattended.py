"""Wiring that lets the kiosk run for months with nobody watching (used by app.py's run commands).

- logging into a rotating file and ``faulthandler`` into the same folder (``health_log.log_folder``);
- the crash guard: uncaught errors logged, the kiosk taken home with one calm sentence, the
  process ended (status 70) after five of them within ten minutes so the service manager starts
  a fresh one;
- the lockdown and the window keeper (kiosk mode), see ``widgets/lockdown.py``;
- systemd's notifications: READY=1 once home is painted, WATCHDOG=1 from the GUI thread;
- device health: this kiosk's heartbeat (设备状态), the database watch, the 设备状态 console
  section and the offer of notices that never printed (未打印) at sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.services import health_log

log = logging.getLogger(__name__)


@dataclass
class Unattended:
    """What ``start`` set up; kept alive by the run command for the life of the program."""

    guard: Any
    lockdown: Any
    heartbeat: Any
    keeper: Any = None
    keep: list[Any] = field(default_factory=list)  # the faults file, the log handler


def start(app: Any, *, kiosk_mode: bool, resident: bool = True) -> Unattended:
    """Logs, crash guard, lockdown and the service heartbeat, before any window is shown.

    ``resident`` False is the office window (``kiosk admin``): errors are logged and kept, but
    the program never exits for them and the window behaves like any other (menus, close).
    """
    from kiosk.services.crash_guard import CrashGuard, ErrorBudget, configure_logging, enable_faulthandler
    from kiosk.services.sd_notify import Notifier
    from kiosk.services.sd_watchdog import ServiceHeartbeat
    from kiosk.widgets.lockdown import Lockdown

    folder = health_log.log_folder()
    keep = [configure_logging(folder), enable_faulthandler(folder)]
    guard = CrashGuard(folder, budget=ErrorBudget() if resident else None, parent=app).install()
    lockdown = Lockdown(app, kiosk_mode=kiosk_mode, menus=not resident)
    heartbeat = ServiceHeartbeat(Notifier(), parent=app).start()
    log.info("kiosk starting (kiosk mode: %s), logs in %s", kiosk_mode, folder)
    return Unattended(guard, lockdown, heartbeat, keep=[k for k in keep if k is not None])


def keep_window(parts: Unattended, build: Callable[[], Any], show: Callable[[Any], None], *, kiosk_mode: bool) -> Any:
    """Show the window ``build`` makes; in kiosk mode keep it (re-shown when hidden, rebuilt when
    destroyed). READY=1 goes out after its first paint. Returns the ``WindowKeeper``."""
    from kiosk.widgets.lockdown import WindowKeeper

    def show_and_announce(window: Any) -> None:
        show(window)
        parts.heartbeat.ready_when_painted(window)

    keeper = WindowKeeper(build, show_and_announce, parts.lockdown)
    parts.keeper = keeper
    if kiosk_mode:
        keeper.start()
    else:
        keeper.replace(build)
    parts.guard.caught.connect(lambda _summary: calm_home(keeper.window))
    return keeper


def calm_home(window: Any) -> None:
    """After an uncaught error: back to the home page, forgetting the resident's input, with one
    calm sentence where the date is shown. Does nothing on a window that is not the kiosk's shell."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    if window is None or not shiboken6.isValid(window) or not hasattr(window, "idle_reset"):
        return
    try:
        window.idle_reset()
    except Exception:  # a screen that cannot forget its state must not keep the kiosk off its home page
        log.exception("resetting the screens after an error failed; going home all the same")
        window.go_home()
    window.header.flash(
        QCoreApplication.translate("Unattended", "Sorry, something went wrong. Here is the home page again."), 10
    )


def offer_unprinted(console, notices, session) -> None:  # type: ignore[no-untyped-def]
    """At sign-in: open 补打 on the notices of this kiosk or this clerk that never came out (未打印)."""
    try:
        waiting = notices.unprinted(kiosk_id=notices.kiosk_id, staff_code=session.staff_code)
    except Exception:  # the database went away after the PIN check: the offer waits for the next sign-in
        log.info("the notices that never printed could not be listed", exc_info=True)
        return
    if waiting:
        console.open_section("notice.reprint").offer_unprinted()


def health_section(database, session):  # type: ignore[no-untyped-def]
    """设备状态: every kiosk on this database, red when silent, its printer cannot print or errors repeat."""
    from functools import partial

    from PySide6.QtCore import QCoreApplication

    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.health import HealthPage
    from kiosk.services import health

    def build() -> HealthPage:
        return HealthPage(
            partial(health.fleet, database),
            lambda kiosk_id, name: health.rename_kiosk(database, kiosk_id, name, actor=session.actor),
            lambda kiosk_id: health.forget_kiosk(database, kiosk_id, actor=session.actor),
        )

    return Section("health", QCoreApplication.translate("Console", "Device health"), build, admin_only=True)


def heartbeat(shell, database, local, kiosk_id: str, prints):  # type: ignore[no-untyped-def]
    """This kiosk's heartbeat (设备状态): at start and every ``heartbeat_seconds``, off the GUI thread.

    Errors logged anywhere in the process are kept for it (``RecentErrors`` on the root logger,
    removed with the window).
    """
    from kiosk.data.settings import Settings
    from kiosk.services.health import HealthProbe
    from kiosk.services.heartbeat import HeartbeatWorker
    from kiosk.services.recent_errors import RecentErrors

    root = logging.getLogger()
    if not root.handlers:  # keep warnings on stderr (the journal): a handler of ours would silence Python's last resort
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        root.addHandler(console)
    errors = RecentErrors().install()
    shell.destroyed.connect(lambda *_: errors.uninstall())
    shell.services["errors"] = errors
    probe = HealthProbe(database, kiosk_id, local=local, errors=errors, prints=prints)
    seconds = float(Settings(database, local).all()["heartbeat_seconds"] or 60)
    worker = HeartbeatWorker(probe, shell.showing, seconds, parent=shell)

    def settings_applied(values) -> None:  # type: ignore[no-untyped-def]
        if "heartbeat_seconds" in values:
            worker.set_seconds(float(values["heartbeat_seconds"]))

    shell.settings_applied.connect(settings_applied)
    worker.start()
    return worker


def watch_database(shell, database):  # type: ignore[no-untyped-def]
    """Every few seconds: is the database usable (an SQLite file deleted, replaced, broken or locked
    under the kiosk; a server back after an outage)? Reads answer from the snapshot meanwhile, the
    calm page stands where nothing was read, and the asked-for screen opens by itself after."""
    from kiosk.data.db import sqlite_path
    from kiosk.data.file_guard import SqliteFileGuard
    from kiosk.services.db_watch import DatabaseProbe, DatabaseWatch

    guard = SqliteFileGuard(database) if sqlite_path(database.url) is not None else None
    watch = DatabaseWatch(
        DatabaseProbe(database, guard),
        lambda: bool(shell.header.offline or shell.content.offline),
        always_ask=guard is not None,
        parent=shell,
    )

    def answered(ok: bool) -> None:
        if ok:
            shell.content.database_answers()
            shell.content.offline = False
            shell.set_offline(False)
            shell.retry_unavailable()
        else:
            shell.content.database_unusable()
            shell.set_offline(True)

    watch.reachable.connect(answered)
    watch.start()
    return watch
