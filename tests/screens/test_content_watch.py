"""Content published elsewhere reaches a running kiosk without a restart, once nobody is using it."""

from __future__ import annotations

from kiosk.data.settings import Settings
from kiosk.data.store import save_bundle
from kiosk.widgets.content_watch import ContentWatcher


def _rename_hall(database, name: str) -> None:  # type: ignore[no-untyped-def]
    from kiosk.data.repository import ContentRepository
    from kiosk.data.schema import BundleDoc

    hall = ContentRepository(database).hall()
    assert hall is not None
    with database.session() as session:
        save_bundle(session, BundleDoc(hall=hall.model_copy(update={"name": name})), action="publish", actor="t")
        session.commit()


def test_the_watcher_notices_a_publish_and_only_then(qtbot, sqlite_demo) -> None:
    from kiosk.data.repository import ContentRepository

    watcher = ContentWatcher(ContentRepository(sqlite_demo).content_version, seconds=3600)
    watcher.check()
    qtbot.waitUntil(lambda: watcher.known is not None)
    with qtbot.assertNotEmitted(watcher.changed, wait=200):
        watcher.check()
        qtbot.waitUntil(lambda: watcher.call is None)  # answered (and deleted)
    _rename_hall(sqlite_demo, "新名字便民服务中心")
    with qtbot.waitSignal(watcher.changed, timeout=3000):
        watcher.check()


def test_a_change_waits_until_the_resident_is_done_then_applies(qtbot, shell) -> None:
    database = shell.content.database
    shell.go("services")
    _rename_hall(database, "青石镇政务服务中心")
    Settings(database).set("idle_seconds", 45)
    shell.content_changed(Settings(database).all)
    assert shell.header.hall.text() != "青石镇政务服务中心"  # not under the resident's finger
    shell.go_home()
    assert shell.header.hall.text() == "青石镇政务服务中心"
    assert shell.idle.timer.interval() == 45_000


def test_at_rest_a_change_applies_at_once(qtbot, shell) -> None:
    _rename_hall(shell.content.database, "立即生效便民服务中心")
    shell.content_changed(Settings(shell.content.database).all)
    assert shell.header.hall.text() == "立即生效便民服务中心"


def test_a_thousand_checks_leave_no_object_behind(qtbot, sqlite_demo) -> None:
    """A kiosk asks every 30 s, 2,880 times a day: every question must be deleted once answered."""
    from PySide6.QtCore import QObject

    from kiosk.data.repository import ContentRepository

    watcher = ContentWatcher(ContentRepository(sqlite_demo).content_version, seconds=3600)
    answers: list[bool] = []
    watcher.reachable.connect(answers.append)
    before = len(watcher.findChildren(QObject))
    for cycle in range(1000):
        watcher.check()
        qtbot.waitUntil(lambda n=cycle: len(answers) > n, timeout=10_000)
    qtbot.wait(50)  # deleteLater runs in the event loop
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    after = len(watcher.findChildren(QObject))
    print(f"\ncontent watch: {len(answers)} cycles, child QObjects before {before}, after {after}")
    assert all(answers) and len(answers) == 1000
    assert after == before, f"{after - before} objects left behind by 1,000 checks"
