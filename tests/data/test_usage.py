"""Usage counts (guides opened, checklists printed, searches): nothing personal, batched, never lost offline."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.local_store import LocalStore
from kiosk.data.outbox import flush_outbox
from kiosk.data.usage import BUFFER_LIMIT, PRINT, SEARCH, VIEW, UsageRecorder, gap_words

AT = dt.datetime(2026, 11, 3, 2, 15)  # UTC


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("养老保险", "养老保险"),
        ("  低保   证明 ", "低保 证明"),
        ("geti gongshang", "geti gongshang"),
        ("宅基地审批流程怎么走才能最快办下来呢请问啊", "宅基地审批流程怎么走才能最快办下来呢请问"),  # 20 characters
        ("13812345678", ""),  # a phone number
        ("张三 430521199001011234", ""),  # an ID-card number beside a name: nothing at all
        ("138 1234 5678", ""),  # digits split by spaces are still a phone number
        ("门牌 2046号", ""),
        ("zhangsan@qq.com", ""),
        ("2号窗口", "2号窗口"),  # a short number is not personal
        ("", ""),
    ],
)
def test_only_words_that_do_not_look_personal_are_kept(typed: str, kept: str) -> None:
    assert gap_words(typed) == kept


def _events(database) -> list[tuple[str, str, int, str, str]]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        rows = session.execute(
            select(m.UsageEvent.kind, m.UsageEvent.matter_code, m.UsageEvent.found, m.UsageEvent.words,
                   m.UsageEvent.kiosk_id).order_by(m.UsageEvent.id)
        )  # fmt: skip
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_counts_wait_in_memory_and_are_written_as_one_batch(database) -> None:
    recorder = UsageRecorder(database, kiosk_id="k1", clock=lambda: AT)
    recorder.viewed("M001")
    recorder.printed("M001")
    recorder.searched("养老", 3)
    recorder.searched("宅基地 13812345678", 0)
    recorder.searched("殡葬补贴", 0)
    recorder.searched("   ", 0)  # nothing typed: nothing counted
    assert _events(database) == [], "counting writes nothing by itself"
    assert recorder.pending() == 5
    assert recorder.flush() == 5
    assert recorder.pending() == 0 and recorder.flush() == 0
    assert _events(database) == [
        (VIEW, "M001", 0, "", "k1"),
        (PRINT, "M001", 0, "", "k1"),
        (SEARCH, "", 3, "", "k1"),  # found something: the words are not kept
        (SEARCH, "", 0, "", "k1"),  # found nothing but looked personal: counted without words
        (SEARCH, "", 0, "殡葬补贴", "k1"),
    ]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.UsageBatch)) == 1


def test_counting_is_quick_and_needs_no_database(tmp_path: Path) -> None:
    gone = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    gone.dispose()
    recorder = UsageRecorder(gone)
    started = time.perf_counter()
    for i in range(10_000):
        recorder.viewed(f"M{i % 35:03d}")
    per_tap = (time.perf_counter() - started) / 10_000
    print(f"counting one view: {per_tap * 1e6:.1f} µs")
    assert per_tap < 0.001, "a tap must never wait for a count"
    assert recorder.pending() == min(10_000, BUFFER_LIMIT)
    assert recorder.dropped == max(0, 10_000 - BUFFER_LIMIT), "memory is bounded, the oldest go first"


@pytest.mark.postgres
def test_offline_counts_go_to_the_local_outbox_and_arrive_once(pausable_postgres, tmp_path: Path) -> None:
    shared = open_database(pausable_postgres.create_database())
    local = LocalStore(tmp_path / "local.sqlite3")
    try:
        recorder = UsageRecorder(shared, local, clock=lambda: AT)
        with pausable_postgres.paused():
            recorder.viewed("M002")
            recorder.searched("没有的事项", 0)
            assert recorder.flush() == 2, "taken off the memory list: the outbox holds them"
            assert local.outbox_count() == 1, "one outbox item per batch"
            queued = local.outbox()[0]
        report = flush_outbox(shared, local)
        assert (report.sent, local.outbox_count()) == (1, 0)
        # the kiosk was switched off after the commit, before forgetting the item: it is sent again
        local.queue(queued.kind, queued.uid, queued.payload)
        flush_outbox(shared, local)
        assert _events(shared) == [(VIEW, "M002", 0, "", local.kiosk_id), (SEARCH, "", 0, "没有的事项", local.kiosk_id)]
        with shared.session() as session:
            at = session.scalar(select(m.UsageEvent.at).limit(1))
        assert at == AT, "stamped when it happened, not when it arrived"
    finally:
        local.close()
        shared.dispose()


def test_without_a_local_store_a_failed_batch_is_kept_for_the_next_flush(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    database = open_database(str(path))
    recorder = UsageRecorder(database, clock=lambda: AT)
    recorder.viewed("M001")
    database.dispose()
    moved = path.rename(tmp_path / "elsewhere.sqlite3")
    path.mkdir()  # the file is gone and cannot be created: SQLite cannot open it
    assert recorder.flush() == 0
    assert recorder.pending() == 1
    path.rmdir()
    moved.rename(path)
    assert recorder.flush() == 1
    assert [e[:2] for e in _events(database)] == [(VIEW, "M001")]
