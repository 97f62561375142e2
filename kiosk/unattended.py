"""The composition root's part for a kiosk nobody watches: its heartbeat (设备状态), the database watch,
the 设备状态 console section and the offer of notices that never printed (未打印).

``app.py`` calls these while it builds the kiosk; they wire services to the shell and nothing
else builds them. Split from ``app.py`` to keep the composition root readable.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


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
