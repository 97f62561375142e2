"""Ratings and opinions taken while the shared PostgreSQL is down: queued, sent once, never lost.

The server is really stopped (``pg_ctl stop -m fast``) and started again on the same data and
port, so the kiosk's pooled connections die the way they do when a village station loses its line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.feedback import FeedbackRepository, OpinionsClosed
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.offline.outbox import OfflineFeedback, flush_outbox
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.store import save_bundle

pytestmark = pytest.mark.postgres
RATING = {"overall": 5, "efficiency": 4, "competence": 4, "attitude": 5, "window": "W1", "comment": " 很好 "}


@pytest.fixture
def shared(pausable_postgres):  # type: ignore[no-untyped-def]
    """A fresh database on the pausable server, with one plan open for opinions."""
    database = open_database(pausable_postgres.create_database())
    plans = [
        PreDisclosureDoc(key="open", title="危房改造名单", opinions_until=dt.date.today() + dt.timedelta(days=5)),
        PreDisclosureDoc(key="ended", title="已截止", opinions_until=dt.date.today() - dt.timedelta(days=1)),
    ]
    with database.session() as session:
        save_bundle(session, BundleDoc(pre_disclosures=plans), actor="test")
        session.commit()
    yield database
    database.dispose()


@pytest.fixture
def local(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = LocalStore(tmp_path / "local.sqlite3")
    yield store
    store.close()


def _count(database, model) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_rating_taken_offline_is_stored_exactly_once(pausable_postgres, shared, local) -> None:
    feedback = OfflineFeedback(FeedbackRepository(shared, kiosk_id=local.kiosk_id), local)
    feedback.add_rating(**RATING)  # online: straight in
    with pausable_postgres.paused():
        uid = feedback.add_rating(**RATING)
        assert local.outbox_count() == 1
        report = flush_outbox(shared, local)  # still down: nothing sent, nothing lost
        assert (report.sent, report.reachable, local.outbox_count()) == (0, False, 1)
    assert flush_outbox(shared, local).sent == 1
    assert flush_outbox(shared, local).sent == 0
    assert _count(shared, m.Rating) == 2 and local.outbox_count() == 0
    with shared.session() as session:
        row = session.scalar(select(m.Rating).where(m.Rating.uid == uid))
    assert row is not None
    assert (row.overall, row.window, row.comment, row.kiosk_id) == (5, "W1", "很好", local.kiosk_id)
    assert abs(row.created_at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=1)


def test_a_flush_cut_between_commit_and_forgetting_sends_nothing_twice(
    pausable_postgres, shared, local, monkeypatch
) -> None:
    feedback = OfflineFeedback(FeedbackRepository(shared), local)
    with pausable_postgres.paused():
        for _ in range(3):
            feedback.add_rating(**RATING)
    forget = local.remove
    forgotten: list[int] = []

    def power_cut(item_id: int) -> None:
        if forgotten:
            raise SystemExit("switched off")  # after the second item's commit, before it is forgotten
        forgotten.append(item_id)
        forget(item_id)

    monkeypatch.setattr(local, "remove", power_cut)
    with pytest.raises(SystemExit):
        flush_outbox(shared, local)
    monkeypatch.setattr(local, "remove", forget)
    assert local.outbox_count() == 2 and _count(shared, m.Rating) == 2
    assert flush_outbox(shared, local).sent == 2  # the second one is "sent" again: the insert does nothing
    assert local.outbox_count() == 0 and _count(shared, m.Rating) == 3


def test_opinions_wait_offline_and_a_closed_plan_is_still_refused(pausable_postgres, shared, local) -> None:
    content = ContentRepository(shared, local)
    assert [p.key for p in content.pre_disclosures()] == ["open", "ended"]
    feedback = OfflineFeedback(FeedbackRepository(shared), local, content.pre_disclosures)
    with pausable_postgres.paused():
        uid = feedback.add_opinion("open", "  建议公示名单时附上评分标准。 ", "13800000000")
        with pytest.raises(OpinionsClosed):
            feedback.add_opinion("ended", "太晚了")
        with pytest.raises(ValueError):
            feedback.add_opinion("open", "   ")
    assert local.outbox_count() == 1
    assert flush_outbox(shared, local).sent == 1
    [stored] = FeedbackRepository(shared).opinions("open")
    assert (stored.uid, stored.text, stored.contact) == (uid, "建议公示名单时附上评分标准。", "13800000000")


def test_a_bad_rating_is_refused_offline_too(pausable_postgres, shared, local) -> None:
    feedback = OfflineFeedback(FeedbackRepository(shared), local)
    with pausable_postgres.paused(), pytest.raises(ValueError):
        feedback.add_rating(**{**RATING, "overall": 6})
    assert local.outbox_count() == 0


def test_after_a_slow_failure_the_kiosk_stops_asking_until_the_watcher_hears_back(
    pausable_postgres, shared, local, monkeypatch
) -> None:
    """A line that times out would make every tap wait seconds: the snapshot answers at once instead."""
    from sqlalchemy import event

    from kiosk.data import repository

    attempts: list[int] = []
    event.listen(shared.engine, "do_connect", lambda *_args: attempts.append(1))
    content = ContentRepository(shared, local)
    feedback = OfflineFeedback(FeedbackRepository(shared), local, content.pre_disclosures, content.database_away)
    plans = content.pre_disclosures()
    monkeypatch.setattr(repository, "SLOW_FAILURE_SECONDS", 0.0)  # every failure counts as a timeout here
    with pausable_postgres.paused():
        assert content.pre_disclosures() == plans and content.database_away()
        asked = len(attempts)
        assert content.pre_disclosures() == plans  # from the snapshot, without asking
        feedback.add_rating(**RATING)  # straight into the outbox
        assert len(attempts) == asked and local.outbox_count() == 1
    content.database_answers()
    assert content.pre_disclosures() == plans and not content.offline and len(attempts) > asked
