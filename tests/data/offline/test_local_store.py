"""The kiosk's local store: identity, a snapshot that survives a restart, reserved serials taken once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.data.offline.local_store import LocalStore, store_path
from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings


@pytest.fixture
def local(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = LocalStore(tmp_path / "local.sqlite3")
    yield store
    store.close()


def _lose(database) -> None:  # type: ignore[no-untyped-def]
    """The next connection finds an empty file ("no such table"), as in tests/screens/test_offline.py."""
    path = Path(database.engine.url.database)
    database.engine.dispose()
    path.rename(path.with_name("gone.sqlite3"))


def test_the_kiosk_id_is_made_once_and_kept(tmp_path: Path) -> None:
    first = LocalStore(tmp_path / "local.sqlite3")
    kiosk_id = first.kiosk_id
    first.close()
    again = LocalStore(tmp_path / "local.sqlite3")
    assert again.kiosk_id == kiosk_id and len(kiosk_id) == 32
    assert LocalStore(":memory:").kiosk_id != kiosk_id
    again.close()


def test_the_file_is_named_after_the_database_but_not_its_password(tmp_path: Path) -> None:
    one = store_path("postgresql+psycopg://kiosk:old@hall.local/kiosk", tmp_path)
    assert one == store_path("postgresql+psycopg://kiosk:new@hall.local/kiosk", tmp_path)
    assert one != store_path("postgresql+psycopg://kiosk:old@station.local/kiosk", tmp_path)
    assert one.parent == tmp_path and one.name.startswith("local-")


def test_the_same_answer_is_not_written_again(local: LocalStore) -> None:
    assert local.save("k", '{"a": 1}') is True
    assert local.save("k", '{"a": 1}') is False
    assert local.save("k", '{"a": 2}') is True
    assert local.load("k") == '{"a": 2}' and local.has_snapshot()


def test_a_restarted_kiosk_without_its_database_shows_what_it_read(tmp_path: Path, sqlite_demo) -> None:
    local = LocalStore(tmp_path / "local.sqlite3")
    online = ContentRepository(sqlite_demo, local)
    guides = online.prefetch()
    expected = (online.hall(), online.matter_summaries(), online.disclosures(staff=False), online.staff())
    code = expected[1][0].code
    guide = online.matter(code)
    Settings(sqlite_demo, local).set("idle_seconds", 45)
    assert Settings(sqlite_demo, local).all()["idle_seconds"] == 45
    local.close()
    _lose(sqlite_demo)

    restarted = LocalStore(tmp_path / "local.sqlite3")  # a new process: nothing in memory
    offline = ContentRepository(sqlite_demo, restarted)
    assert guides == len(expected[1]) > 5
    assert (offline.hall(), offline.matter_summaries(), offline.disclosures(staff=False), offline.staff()) == expected
    assert offline.matter(code) == guide and offline.offline
    assert Settings(sqlite_demo, restarted).get("idle_seconds") == 45
    assert Settings(sqlite_demo, restarted).get("orientation") == "auto"  # never set: the default
    restarted.close()


def test_reads_that_change_nothing_write_nothing(tmp_path: Path, sqlite_demo, monkeypatch) -> None:
    local = LocalStore(tmp_path / "local.sqlite3")
    ContentRepository(sqlite_demo, local).prefetch()
    written: list[str] = []
    save = local.save
    monkeypatch.setattr(local, "save", lambda key, text, **kw: written.append(key) if save(key, text, **kw) else None)
    again = ContentRepository(sqlite_demo, local)  # a restart on the same content
    again.prefetch()
    again.prefetch()
    assert written == []
    from kiosk.data.schema import BundleDoc
    from kiosk.data.store import save_bundle

    hall = again.hall()
    assert hall is not None
    with sqlite_demo.session() as session:
        save_bundle(session, BundleDoc(hall=hall.model_copy(update={"name": "改名便民服务中心"})), actor="t")
        session.commit()
    again.prefetch()
    assert written == ['["hall", [], {}]']
    local.close()


def test_a_reserved_number_is_used_once_and_only_with_its_notice(local: LocalStore) -> None:
    local.set_serial_block("测试镇", 2026, 11, 12)

    def build(prefix: str, number: int):  # type: ignore[no-untyped-def]
        return f"uid-{number}", f"{prefix}-{number}", {"number": number}, number

    def broken(prefix: str, number: int):  # type: ignore[no-untyped-def]
        raise RuntimeError("power cut while building the notice")

    assert local.issue_offline(2027, build) is None  # a block of another year is no use
    with pytest.raises(RuntimeError):
        local.issue_offline(2026, broken)
    assert local.issue_offline(2026, build) == 11  # not lost to the failed attempt
    assert local.issue_offline(2026, build) == 12
    assert local.issue_offline(2026, build) is None
    assert [(i.uid, i.payload) for i in local.outbox()] == [("uid-11", {"number": 11}), ("uid-12", {"number": 12})]
    assert local.queued_notice("测试镇-12") == {"number": 12}
    block = local.serial_block()
    assert block is not None and block.touched and block.remaining == 0


def test_the_store_works_from_several_threads(local: LocalStore) -> None:
    from concurrent.futures import ThreadPoolExecutor

    local.set_serial_block("测试镇", 2026, 1, 40)

    def take(_: int) -> int | None:
        return local.issue_offline(2026, lambda p, n: (f"u{n}", f"{p}{n}", {}, n))

    with ThreadPoolExecutor(8) as pool:
        numbers = list(pool.map(take, range(50)))
    assert sorted(n for n in numbers if n is not None) == list(range(1, 41))
    assert numbers.count(None) == 10 and local.outbox_count() == 40


def test_an_unreachable_database_without_a_snapshot_is_explained(tmp_path: Path) -> None:
    from kiosk.data.offline.local_store import open_for_kiosk
    from kiosk.errors import UserError

    with pytest.raises(UserError, match="无法连接数据库"):
        open_for_kiosk("postgresql+psycopg://kiosk@127.0.0.1:1/nothing", tmp_path)


def test_a_kiosk_on_its_own_sqlite_file_needs_no_local_store(tmp_path: Path) -> None:
    from kiosk.data.offline.local_store import open_for_kiosk

    database, local, offline = open_for_kiosk(str(tmp_path / "hall.sqlite3"), tmp_path / "local")
    assert (local, offline) == (None, False) and not (tmp_path / "local").exists()
    database.dispose()


@pytest.mark.postgres
def test_a_kiosk_on_a_shared_database_gets_its_local_store(pausable_postgres, tmp_path: Path) -> None:
    from kiosk.data.offline.local_store import open_for_kiosk

    url = pausable_postgres.create_database()
    database, local, offline = open_for_kiosk(url, tmp_path / "local")
    assert local is not None and not offline and local.path == store_path(url, tmp_path / "local")
    local.close()
    database.dispose()
