"""What a kiosk does when its shared database answers (again): send the outbox, keep serials, refresh the snapshot.

``CatchUp`` is the plain work (no Qt): migrate a database the kiosk started without (once), send
what was taken offline, make sure a block of serial numbers is reserved for the next outage, and
read every resident screen's content into the local snapshot. ``CatchUpWorker`` (QtCore only,
no widgets) runs it on a pool thread when the ``ContentWatcher`` says the database answers after
it did not, or whenever something is still queued, or after a publish.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Signal

from kiosk.data.db import UNREACHABLE, Database, upgrade_database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.offline.outbox import FlushReport, flush_outbox
from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings
from kiosk.errors import UserError
from kiosk.services.background import BackgroundCall
from kiosk.services.notice_archive import NoticeService

log = logging.getLogger(__name__)


class CatchUp:
    """One catch-up with the shared database; call it on a pool thread."""

    def __init__(
        self,
        database: Database,
        local: LocalStore,
        content: ContentRepository,
        notices: NoticeService,
        *,
        migrate: bool = False,
    ) -> None:
        self.database = database
        self.local = local
        self.content = content
        self.notices = notices
        self.migrate = migrate  # started offline: the schema was never checked
        self.refresh_snapshot = True

    def due(self) -> bool:
        """Whether there is work while the database keeps answering (cheap: local questions only)."""
        block = self.local.serial_block()
        year = self.notices.clock().year
        wanted = int(Settings(self.database, self.local).last_known().get("serial_block_size") or 0) > 0
        stale = (block is None and wanted) or (block is not None and (block.touched or block.year != year))
        return self.refresh_snapshot or stale or self.local.outbox_count() > 0

    def __call__(self) -> FlushReport:
        try:
            return self._catch_up()
        except (*UNREACHABLE, UserError) as exc:  # gone again, or no hall yet: the next check tries again
            log.info("the kiosk could not catch up with the database yet (%s)", type(exc).__name__)
            raise
        except Exception:  # BackgroundCall reports only the type: keep the details in the log
            log.exception("catching up with the database failed")
            raise

    def _catch_up(self) -> FlushReport:
        if self.migrate:
            upgrade_database(self.database)
            self.migrate = False
        report = flush_outbox(self.database, self.local)
        if not report.reachable:
            return report
        self.notices.keep_serial_block()
        if self.refresh_snapshot:
            Settings(self.database, self.local).all()  # the settings this kiosk uses, its own included
            self.content.prefetch()
            self.refresh_snapshot = self.content.offline  # it went away meanwhile: again next time
        return report


class CatchUpWorker(QObject):
    """Runs ``CatchUp`` off the GUI thread when it is due, one at a time; ``done(FlushReport)`` after each."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, catch_up: CatchUp, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catch_up = catch_up
        self.online: bool | None = None
        self.call: BackgroundCall | None = None
        self.last_run: dt.datetime | None = None

    def reachable(self, ok: bool) -> None:
        """The watcher's answer: run when the database answers after it did not, or work is due."""
        was, self.online = self.online, ok
        if ok and (was is not True or self.catch_up.due()):
            self.run()

    def content_changed(self) -> None:
        """Something was published: the snapshot (and perhaps the serial prefix) must follow."""
        self.catch_up.refresh_snapshot = True
        self.run()

    def run(self) -> None:
        if self.call is not None and not self.call.done:
            return
        self.call = BackgroundCall(self.catch_up, self)
        self.call.finished.connect(self._finished)
        self.call.failed.connect(self._failed)
        self.call.start()

    def _release(self) -> None:
        call, self.call = self.call, None  # one object per run, deleted once it has answered
        if call is not None:
            call.deleteLater()

    def _finished(self, report: object) -> None:
        self._release()
        self.last_run = dt.datetime.now()
        self.done.emit(report)

    def _failed(self, message: str) -> None:
        self._release()
        log.warning("catching up with the database failed: %s", message)
        self.failed.emit(message)
