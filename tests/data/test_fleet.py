"""Per-kiosk overrides (单台设备设置): one kiosk's orientation, printer and idle time over the hall's."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.data.feedback import FeedbackRepository
from kiosk.data.fleet import FleetSettings
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings

A, B = "a" * 32, "b" * 32


def test_a_kiosk_sees_its_own_values_and_the_hall_values_for_the_rest(database) -> None:
    Settings(database).update({"idle_seconds": 90, "orientation": "landscape", "language": "en"}, actor="admin")
    fleet = FleetSettings(database)
    version = ContentRepository(database).content_version()
    changed = fleet.set_overrides(
        A, {"orientation": "portrait", "printer": "cups:村站打印机", "name": "青石村"}, actor="admin"
    )
    assert set(changed) == {"orientation", "printer", "name"}
    assert ContentRepository(database).content_version() != version  # every kiosk's watcher notices
    own, other = Settings(database, kiosk_id=A).all(), Settings(database, kiosk_id=B).all()
    assert (own["orientation"], own["printer"], own["idle_seconds"], own["language"]) == (
        "portrait",
        "cups:村站打印机",
        90,
        "en",
    )
    assert (other["orientation"], other["printer"]) == ("landscape", "")
    assert Settings(database, kiosk_id=A).get("printer") == "cups:村站打印机"
    assert Settings(database).get("orientation") == "landscape"  # the console's own view: the hall's
    assert "name" not in own

    assert set(fleet.set_overrides(A, {"orientation": None, "idle_seconds": 300}, actor="admin")) == {
        "orientation",
        "idle_seconds",
    }
    assert fleet.set_overrides(A, {"idle_seconds": 300}, actor="admin") == {}  # nothing changed, nothing logged
    own = Settings(database, kiosk_id=A).all()
    assert (own["orientation"], own["idle_seconds"]) == ("landscape", 300)
    with pytest.raises(KeyError):
        fleet.set_overrides(A, {"language": "zh_CN"}, actor="admin")  # hall-wide only
    with pytest.raises(ValueError):
        fleet.set_overrides("", {"orientation": "portrait"}, actor="admin")


def test_the_known_kiosks_are_those_with_overrides_or_a_trace(database) -> None:
    fleet = FleetSettings(database)
    assert fleet.known_kiosks() == []
    FeedbackRepository(database, kiosk_id=B).add_rating(overall=5, efficiency=5, competence=5, attitude=5)
    fleet.set_overrides(A, {"name": "青石村便民服务站"}, actor="admin")
    kiosks = {k.kiosk_id: k for k in fleet.known_kiosks()}
    assert set(kiosks) == {A, B}
    assert kiosks[A].name == "青石村便民服务站" and kiosks[A].last_seen is None
    assert kiosks[B].last_seen is not None and fleet.known_kiosks()[0].kiosk_id == B


def test_the_overrides_hold_while_the_database_is_away(sqlite_demo, tmp_path: Path) -> None:
    local = LocalStore(tmp_path / "local.sqlite3")
    FleetSettings(sqlite_demo).set_overrides(local.kiosk_id, {"orientation": "portrait"}, actor="admin")
    assert Settings(sqlite_demo, local).all()["orientation"] == "portrait"  # read once: kept in the local store
    path = Path(sqlite_demo.engine.url.database)
    sqlite_demo.engine.dispose()
    path.rename(path.with_name("gone.sqlite3"))
    assert Settings(sqlite_demo, local).get("orientation") == "portrait"
    local.close()
