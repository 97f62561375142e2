"""The kiosk after something went wrong: an uncaught error takes it home with one calm sentence;
one bad row hides one item and every section and the idle loop keep working (screenshots in
``screenshots/bad-rows/``, to be looked at)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk.screenshot import screen_params
from kiosk.services.crash_guard import CrashGuard, ErrorBudget

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "bad-rows"


def _boom() -> None:
    raise RuntimeError("a bad row slipped through")


@pytest.fixture
def guard(tmp_path: Path):  # type: ignore[no-untyped-def]
    exits: list[int] = []
    guard = CrashGuard(tmp_path, budget=ErrorBudget(), exit_process=exits.append).install()
    guard.exits = exits  # type: ignore[attr-defined]
    yield guard
    guard.uninstall()


def test_the_kiosk_goes_home_with_one_calm_sentence(qtbot, shell, guard) -> None:
    from kiosk import unattended

    guard.caught.connect(lambda _s: unattended.calm_home(shell))
    shell.go("services")
    shell.screens["services"].reset = _boom  # even a screen that cannot reset must not keep it away from home
    with qtbot.waitSignal(guard.caught, timeout=3000):
        QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: shell.current == ("home", {}), timeout=3000)
    assert "出了点问题，已回到首页" in shell.header.clock.text()
    assert guard.exits == []  # type: ignore[attr-defined]


def _corrupt(path: str) -> dict[str, str]:
    """The issue's corrupt rows, written behind the kiosk's back; returns the names they had."""
    with sqlite3.connect(path) as db:
        staff = db.execute("select id, name from staff where active order by sort, id limit 1").fetchone()
        window = db.execute("select id, name from windows order by sort, id limit 1").fetchone()
        notice = db.execute("select id, title from notices order by sort, id limit 1").fetchone()
        matter = db.execute("select id, name, code from matters where status='published' order by sort, id").fetchall()
        db.execute("update staff set name=? where id=?", ("长" * 50_000, staff[0]))
        db.execute("update windows set sort='abc' where id=?", (window[0],))
        db.execute("update notices set publish_from='2026-13-45 99:00' where id=?", (notice[0],))
        db.execute("update matters set service_objects='[\"自然人\",' where id=?", (matter[0][0],))
        # a broken 情形 condition in one material of a second matter hides that matter's guide only
        db.execute("update materials set \"when\"='{oops' where id=(select min(id) from materials where matter_id=?)",
                   (matter[1][0],))  # fmt: skip
        # NULLs where the schema allows them
        db.execute("update complaint_results set received_on=NULL")
        db.execute("update pre_disclosures set opinions_until=NULL, publish_until=NULL")
        db.execute("update matters set effective_from=NULL, effective_until=NULL where id=?", (matter[2][0],))
        db.execute("update staff set photo_id=NULL")
    return {"staff": staff[1], "window": window[1], "notice": notice[1], "matter": matter[0][1],
            "matter_code": matter[0][2], "guide_code": matter[1][2]}  # fmt: skip


def test_each_bad_row_hides_one_item_and_every_section_and_the_idle_loop_keep_working(qtbot, shell) -> None:
    from kiosk.services.health_log import hidden_items

    database = shell.content.database
    names = _corrupt(database.url.removeprefix("sqlite:///"))
    # the kiosk answers from memory until content changes: read again, as after any publish
    shell.content.invalidate()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shown = []
    for name in sorted(n for n in shell.factories if n != "attract"):
        if name == "guide":  # a guide whose material cannot be read says so, then leaves the lists
            shell.go_home()
            shell.go("guide", code=names["guide_code"])
            assert shell.current == ("guide", {"code": names["guide_code"]})
            assert shell.current_screen().matter is None
            shell.grab().save(str(SHOTS / "guide-unreadable.png"))
            assert names["guide_code"] not in {m.code for m in shell.content.matter_summaries()}
        params = {} if name == "home" else screen_params(shell, name, None)
        shell.go_home()
        if name != "home":
            shell.go(name, **params)
        qtbot.wait(30)
        assert shell.current[0] == name, f"{name} could not be shown"
        shell.grab().save(str(SHOTS / f"{name}.png"))
        shown.append(name)
    text_of = {n: " ".join(w.text() for w in shell.screens[n].findChildren(type(shell.header.clock))) for n in shown}
    assert names["staff"] not in text_of["staff"]  # the 50,000-character name is not on screen …
    assert "长长长长长长长长长长" not in text_of["staff"]
    assert names["notice"] not in text_of["notices"]  # … nor the notice with a date that is not a date
    staff = shell.content.staff()
    assert len(staff) >= 10 and all(len(s.name) <= 200 for s in staff)  # … the rest of the roster is
    assert names["window"] not in {w.name for w in shell.content.windows()}
    assert names["matter"] not in {m.name for m in shell.content.matter_summaries()}
    # the idle loop: home, then the attract loop with the notices that can be read
    shell.go_home()
    shell.on_idle()
    attract = shell.screens["attract"]
    assert shell.layers.currentWidget() is attract and attract.slides
    assert names["notice"] not in {s.title for s in attract.slides}
    attract.grab().save(str(SHOTS / "attract.png"))
    hidden = {(b.table, b.key) for b in hidden_items(database)}
    assert {t for t, _ in hidden} == {"staff", "windows", "notices", "matters", "guides"}
    assert ("matters", names["matter_code"]) in hidden and ("guides", names["guide_code"]) in hidden
    print(f"\nbad rows: {len(hidden)} items hidden, {len(shown)} screens shown, {len(attract.slides)} attract slides")
