"""``kiosk status``: the kiosks of a database for scripts and monitoring; exit 0 ok, 1 red, 2 unreadable."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.data.db import open_database
from kiosk.services import health
from kiosk.services.printer_watch import PrinterState
from tests.services.test_health import _age, _sample
from tests.test_cli import run


def test_status_json_has_one_object_per_kiosk_and_exit_1_when_one_is_red(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "k.sqlite3")
    database = open_database(db)
    health.write_heartbeat(database, _sample("entrance", outbox_pending=2))
    health.write_heartbeat(database, _sample("window", host_name="w-pc", printer=PrinterState("cups:w", "media_empty")))
    database.dispose()
    code, out, err = run(capsys, "status", "--json", "--db", db)
    assert code == 1 and err == ""
    kiosks = {k["kiosk_id"]: k for k in json.loads(out)}
    assert set(kiosks) == {"entrance", "window"}
    assert kiosks["entrance"]["state"] == "ok" and kiosks["entrance"]["outbox_pending"] == 2
    assert kiosks["window"]["state"] == "red" and kiosks["window"]["reasons"] == ["printer"]
    for key in ("kiosk_id", "name", "version", "last_seen", "printer", "last_error", "outbox_pending", "state", "why"):
        assert key in kiosks["entrance"]
    assert kiosks["entrance"]["last_seen"].endswith("Z")


def test_status_as_text_names_each_kiosk_and_exits_0_when_all_are_ok(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "k.sqlite3")
    database = open_database(db)
    health.write_heartbeat(database, _sample("entrance", last_error="a screen could not be shown"))
    database.dispose()
    code, out, _ = run(capsys, "status", "--db", db)
    assert code == 0
    assert "[正常] hall-pc-1" in out and "最近错误 a screen could not be shown" in out


def test_a_silent_kiosk_makes_status_exit_1_with_the_reason(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "k.sqlite3")
    database = open_database(db)
    health.write_heartbeat(database, _sample("quiet"))
    _age(database, "quiet", 600)
    database.dispose()
    code, out, _ = run(capsys, "status", "--db", db)
    assert code == 1 and "[红]" in out and "10 分钟没有消息" in out


def test_an_unreachable_or_missing_database_is_one_message_and_exit_2(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "status", "--json", "--db", "postgresql+psycopg://kiosk@127.0.0.1:1/none")
    assert code == 2 and out == "" and err.count("\n") == 1 and "无法连接数据库" in err
    missing = tmp_path / "nope.sqlite3"
    code, out, err = run(capsys, "status", "--db", str(missing))
    assert code == 2 and "不存在" in err and err.count("\n") == 1
    assert not missing.exists()  # asking for the status created no empty database


def test_a_database_without_the_heartbeat_table_asks_for_an_upgrade(tmp_path: Path, capsys) -> None:
    from alembic import command

    from kiosk.data.db import _alembic_config

    db = tmp_path / "old.sqlite3"
    old = open_database(str(db), upgrade=False)
    command.upgrade(_alembic_config(old), "0002")
    old.dispose()
    code, _, err = run(capsys, "status", "--db", str(db))
    assert code == 2 and "kiosk db upgrade" in err
