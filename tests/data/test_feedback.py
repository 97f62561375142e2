"""Ratings (好差评) and opinions on plans (预公开意见): stored, summarised, texts kept short, closed plans refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.feedback import TEXT_LIMIT, FeedbackRepository, OpinionsClosed
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.store import save_bundle

NOW = dt.datetime(2026, 11, 26, 10, 0)


def plans(database) -> None:  # type: ignore[no-untyped-def]
    """An open plan, one whose comment period ended yesterday, one not yet shown, one already decided."""
    docs = [
        PreDisclosureDoc(
            key="open",
            title="危房改造名单",
            opinions_until=dt.date(2026, 12, 5),
            publish_from=NOW - dt.timedelta(days=6),
        ),
        PreDisclosureDoc(
            key="ended",
            title="已截止的方案",
            opinions_until=dt.date(2026, 11, 25),
            publish_until=NOW + dt.timedelta(days=9),
        ),
        PreDisclosureDoc(key="future", title="未到发布时间", publish_from=NOW + dt.timedelta(days=14)),
        PreDisclosureDoc(key="decided", title="已正式发布", status="published"),
    ]
    with database.session() as session:
        save_bundle(session, BundleDoc(pre_disclosures=docs), actor="test")
        session.commit()


def test_a_rating_is_stored_with_every_dimension_window_and_comment(database) -> None:
    feedback = FeedbackRepository(database, kiosk_id="lobby-1")
    uid = feedback.add_rating(
        overall=5, efficiency=4, competence=3, attitude=2, window="W3", comment="  窗口人员很耐心。\n  "
    )
    with database.session() as session:
        row = session.scalars(select(m.Rating)).one()
    assert row.uid == uid
    assert (row.overall, row.efficiency, row.competence, row.attitude) == (5, 4, 3, 2)
    assert (row.window, row.matter_code, row.comment, row.kiosk_id) == ("W3", "", "窗口人员很耐心。", "lobby-1")
    assert row.created_at is not None


@pytest.mark.parametrize("level", [0, 6, -1, True, 4.0, None])
def test_a_rating_outside_one_to_five_is_refused_and_nothing_stored(database, level) -> None:
    feedback = FeedbackRepository(database)
    with pytest.raises(ValueError):
        feedback.add_rating(overall=5, efficiency=5, competence=level, attitude=5)
    assert feedback.rating_summary().total == 0


def test_a_long_comment_is_kept_to_500_characters(database) -> None:
    feedback = FeedbackRepository(database)
    feedback.add_rating(overall=1, efficiency=1, competence=1, attitude=1, comment="好" * 800)
    with database.session() as session:
        comment = session.scalars(select(m.Rating.comment)).one()
    assert comment == "好" * TEXT_LIMIT == "好" * 500


def test_the_summary_counts_every_level_of_every_dimension(database) -> None:
    feedback = FeedbackRepository(database)
    feedback.add_rating(overall=5, efficiency=5, competence=4, attitude=1)
    feedback.add_rating(overall=5, efficiency=3, competence=4, attitude=2)
    feedback.add_rating(overall=2, efficiency=3, competence=4, attitude=1)
    summary = feedback.rating_summary()
    assert summary.total == 3
    assert summary.counts["overall"] == {5: 2, 4: 0, 3: 0, 2: 1, 1: 0}
    assert summary.counts["efficiency"] == {5: 1, 4: 0, 3: 2, 2: 0, 1: 0}
    assert summary.counts["competence"] == {5: 0, 4: 3, 3: 0, 2: 0, 1: 0}
    assert summary.counts["attitude"] == {5: 0, 4: 0, 3: 0, 2: 1, 1: 2}
    assert summary.satisfied_share("efficiency") == 1.0
    assert summary.satisfied_share("attitude") == 0.0
    assert summary.satisfied_share("overall") == pytest.approx(2 / 3)


def test_the_summary_of_no_ratings_is_all_zero_and_the_period_filters(database) -> None:
    feedback = FeedbackRepository(database)
    empty = feedback.rating_summary()
    assert empty.total == 0 and empty.satisfied_share("overall") is None
    assert all(set(levels.values()) == {0} for levels in empty.counts.values())
    feedback.add_rating(overall=4, efficiency=4, competence=4, attitude=4)
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
    assert feedback.rating_summary(since=later).total == 0
    assert feedback.rating_summary(until=later).counts["overall"][4] == 1


def test_an_opinion_on_an_open_plan_is_stored_with_its_key_text_and_contact(database) -> None:
    plans(database)
    feedback = FeedbackRepository(database, kiosk_id="lobby-1")
    uid = feedback.add_opinion("open", "  建议增加石门村的名额。 ", " 138 0000 0000 ", at=NOW)
    feedback.add_opinion("open", "名单很清楚。", at=NOW)
    stored = feedback.opinions("open")
    assert [o.text for o in stored] == ["建议增加石门村的名额。", "名单很清楚。"]
    assert (stored[0].uid, stored[0].pre_disclosure_key, stored[0].contact, stored[0].kiosk_id) == (
        uid,
        "open",
        "138 0000 0000",
        "lobby-1",
    )
    assert stored[1].contact == ""
    assert feedback.opinions("ended") == []


def test_an_opinion_is_kept_to_500_characters_and_an_empty_one_is_refused(database) -> None:
    plans(database)
    feedback = FeedbackRepository(database)
    feedback.add_opinion("open", "意" * 700, at=NOW)
    assert feedback.opinions("open")[0].text == "意" * 500
    with pytest.raises(ValueError):
        feedback.add_opinion("open", " \n ", at=NOW)
    assert len(feedback.opinions("open")) == 1


@pytest.mark.parametrize("key", ["ended", "future", "decided", "no-such-plan"])
def test_a_plan_that_takes_no_opinions_refuses_them(database, key) -> None:
    plans(database)
    feedback = FeedbackRepository(database)
    with pytest.raises(OpinionsClosed):
        feedback.add_opinion(key, "意见", at=NOW)
    assert feedback.opinions(key) == []


def test_the_last_day_of_the_comment_period_still_takes_opinions(database) -> None:
    plans(database)
    feedback = FeedbackRepository(database)
    feedback.add_opinion("open", "最后一天的意见", at=dt.datetime(2026, 12, 5, 23, 59))
    with pytest.raises(OpinionsClosed):
        feedback.add_opinion("open", "晚了一天", at=dt.datetime(2026, 12, 6, 0, 0))
    assert [o.text for o in feedback.opinions("open")] == ["最后一天的意见"]
