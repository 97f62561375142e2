"""Device health (设备状态): who a kiosk is, its heartbeat row, and when it turns red — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.data import models as m
from kiosk.data.local_store import LocalStore
from kiosk.data.settings import Settings
from kiosk.services import health
from kiosk.services.printer_watch import PrinterState, PrintRecord, printer_state
from kiosk.services.recent_errors import RecentErrors


def _sample(kiosk_id: str = "k1", **changes: object) -> health.Sample:
    values: dict[str, object] = {
        "kiosk_id": kiosk_id,
        "host_name": "hall-pc-1",
        "version": "0.1.0",
        "started_at": dt.datetime(2026, 3, 1, 8, 0),
        "uptime_seconds": 3600,
        "screen": "home",
        "printer": PrinterState("cups:front", "ok"),
        "disk_free_bytes": 50 * 1024**3,
        "last_error": "",
        "last_error_at": None,
        "errors_recent": 0,
        "outbox_pending": 0,
        "details": {"recent_errors": [], "notes": []},
    }
    values.update(changes)
    return health.Sample(**values)  # type: ignore[arg-type]


def _age(database, kiosk_id: str, seconds: int) -> None:  # type: ignore[no-untyped-def]
    """Make a kiosk's last heartbeat ``seconds`` older than it is."""
    with database.session() as session, session.begin():
        row = session.get(m.KioskHeartbeat, kiosk_id)
        session.execute(
            update(m.KioskHeartbeat)
            .where(m.KioskHeartbeat.kiosk_id == kiosk_id)
            .values(last_seen=row.last_seen - dt.timedelta(seconds=seconds))
        )


def test_a_kiosk_keeps_one_id_across_restarts_and_two_folders_are_two_kiosks(tmp_path: Path) -> None:
    first = health.kiosk_identity(None, tmp_path / "a")
    assert health.kiosk_identity(None, tmp_path / "a") == first  # a restart: the same kiosk
    assert len(first) == 32
    assert health.kiosk_identity(None, tmp_path / "b") != first  # a second kiosk on this machine
    store = LocalStore(tmp_path / "local.sqlite3")
    assert health.kiosk_identity(store, tmp_path / "a") == store.kiosk_id  # on PostgreSQL: the local store's
    store.close()


def test_a_fresh_heartbeat_is_ok_and_names_the_kiosk_by_its_host(database) -> None:
    latency = health.write_heartbeat(database, _sample(outbox_pending=3))
    [kiosk] = health.fleet(database)
    assert kiosk.state == "ok" and kiosk.reasons == []
    assert kiosk.name == "hall-pc-1" and kiosk.outbox_pending == 3 and kiosk.seconds_since_seen < 5
    assert kiosk.db_latency_ms == latency
    shown = kiosk.as_json()
    for key in ("kiosk_id", "name", "version", "last_seen", "printer", "last_error", "outbox_pending", "state"):
        assert key in shown
    assert shown["printer"]["state"] == "ok" and shown["why"] == "正常"
    print(f"\nheartbeat written on {database.engine.dialect.name}: database latency {latency} ms")


def test_a_kiosk_not_heard_from_for_longer_than_the_bound_is_red(database) -> None:
    Settings(database).set("silent_seconds", 180)
    health.write_heartbeat(database, _sample("quiet"))
    health.write_heartbeat(database, _sample("busy", host_name="window-pc"))
    _age(database, "quiet", 170)
    assert {k.kiosk_id: k.state for k in health.fleet(database)} == {"quiet": "ok", "busy": "ok"}
    _age(database, "quiet", 20)
    kiosks = health.fleet(database)
    assert [k.kiosk_id for k in kiosks] == ["quiet", "busy"]  # red ones first
    assert kiosks[0].state == "red" and kiosks[0].reasons == ["silent"]
    assert "3 分钟没有消息" in health.reasons_text(kiosks[0])


def test_out_of_paper_repeated_errors_and_a_full_disk_are_red(database) -> None:
    health.write_heartbeat(
        database, _sample("paper", printer=PrinterState("cups:front", "media_empty", "打印机没纸了"))
    )
    health.write_heartbeat(database, _sample("errors", errors_recent=3, last_error="boom"))
    health.write_heartbeat(database, _sample("disk", disk_free_bytes=50 * 1024**2))
    health.write_heartbeat(database, _sample("fine", errors_recent=2, printer=PrinterState("folder:/x", "folder")))
    states = {k.kiosk_id: (k.state, k.reasons) for k in health.fleet(database)}
    assert states == {
        "paper": ("red", ["printer"]),
        "errors": ("red", ["errors"]),
        "disk": ("red", ["disk"]),
        "fine": ("ok", []),
    }


def test_a_kiosk_can_be_renamed_and_a_retired_one_removed_both_audited(database) -> None:
    health.write_heartbeat(database, _sample("k1"))
    health.rename_kiosk(database, "k1", "  大厅  入口 ", actor="admin")
    health.write_heartbeat(database, _sample("k1"))  # the next heartbeat keeps the admin's name
    [kiosk] = health.fleet(database)
    assert kiosk.name == "大厅 入口" and kiosk.host_name == "hall-pc-1"
    health.forget_kiosk(database, "k1", actor="admin")
    assert health.fleet(database) == []
    with database.session() as session:
        actions = [a.action for a in session.query(m.AuditEntry).order_by(m.AuditEntry.id)]
    assert actions == ["kiosk.rename", "kiosk.forget"]


def test_the_probe_reports_errors_outbox_and_printer_and_writes_them(database, tmp_path: Path) -> None:
    errors = RecentErrors().install()
    try:
        logging.getLogger("kiosk.test").error("the first failure")
        try:
            raise ValueError("bad row")
        except ValueError:
            logging.getLogger("kiosk.test").exception("a screen could not be shown")
    finally:
        errors.uninstall()
    store = LocalStore(tmp_path / "local.sqlite3")
    store.queue("rating", "u1", {"overall": 5})
    store.queue("opinion", "u2", {"text": "好"})
    Settings(database).set("printer", f"folder:{tmp_path}")
    probe = health.HealthProbe(database, store.kiosk_id, local=store, errors=errors, notes=lambda: ["note"])
    probe.add_notes(lambda: ["1 notice hidden: its row is bad"])  # what the bad-row guard would report
    sample = probe.beat("guide")
    store.close()
    assert sample.outbox_pending == 2 and sample.errors_recent == 2 and sample.screen == "guide"
    assert sample.last_error == "a screen could not be shown: ValueError: bad row"
    assert sample.printer.state == "folder"
    [kiosk] = health.fleet(database)
    assert kiosk.outbox_pending == 2 and kiosk.last_error == sample.last_error
    assert [e["message"] for e in kiosk.recent_errors] == ["the first failure", sample.last_error]
    assert kiosk.notes == ["note", "1 notice hidden: its row is bad"]


def test_a_failed_print_shows_until_the_next_one_succeeds() -> None:
    record = PrintRecord()
    assert printer_state("folder:/tmp", record).state == "folder"
    record.failed("unreachable", "连接不上打印机")
    state = printer_state("qt:Office", record)
    assert state.fault and state.message == "连接不上打印机"
    record.succeeded()
    assert not printer_state("qt:Office", record).fault
    assert printer_state("nonsense:x", record).fault  # a setting nobody can print with


@pytest.mark.cups
def test_the_printer_state_comes_from_cups_and_from_the_last_print(cups) -> None:  # type: ignore[no-untyped-def]
    from kiosk.services.printer_watch import RecordingBackend
    from kiosk.services.printing import PrintFailed, choose_backend

    record = PrintRecord()
    assert printer_state(f"cups:{cups.pdf_queue}", record).state == "ok"
    assert printer_state("cups:no-such-queue", record).state == "not_found"
    backend = RecordingBackend(choose_backend(f"cups:{cups.dead_queue}", timeout=30), record)
    with pytest.raises(PrintFailed):
        backend.print_pdf(b"%PDF-1.4\n%%EOF\n", title="health test")
    dead = printer_state(f"cups:{cups.dead_queue}", record)
    print(f"\ndead queue after a failed print: {dead.state} ({dead.message})")
    assert dead.fault
