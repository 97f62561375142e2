"""定时发布: a version scheduled for later leaves the live one on the kiosk until it starts, on every
content kind; then the first read after the time makes it live, once, with its revision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.content_kinds import KINDS
from kiosk.data.editing import ContentEditor
from kiosk.data.repository import ContentRepository
from kiosk.data.revisions import history
from kiosk.data.schema import (
    ComplaintResultDoc,
    GuidanceDoc,
    GuideNodeDoc,
    GuideOptionDoc,
    MatterDoc,
    PreDisclosureDoc,
    PresetAnswerDoc,
    ServiceBundleDoc,
    ThemeDoc,
)
from kiosk.data.store import save_bundle
from tests import factories

NOW = dt.datetime(2026, 10, 8, 9, 0)
START = dt.datetime(2026, 10, 9, 8, 0)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass(frozen=True)
class Case:
    """One content kind: an item, the field the new version changes, and what a resident sees of it."""

    entity: str
    key: str
    field: str
    shown: Callable[[ContentRepository], Any]  # the field as the kiosk shows it; None when hidden


def _find(items: list[Any], attr: str, key: str, field: str) -> Any:
    return next((getattr(i, field) for i in items if getattr(i, attr) == key), None)


def _matter_shown(kiosk: ContentRepository) -> Any:
    if "M001" not in [s.code for s in kiosk.matter_summaries()]:
        return None
    matter = kiosk.matter("M001")
    return matter.conditions if matter is not None else None


CASES = [
    Case("hall", "hall", "address", lambda k: k.hall().address),
    Case("matter", "M001", "conditions", _matter_shown),
    Case("disclosure", "d1", "body", lambda k: _find(k.disclosures(), "key", "d1", "body")),
    Case("notice", "n1", "body", lambda k: _find(k.notices(), "key", "n1", "body")),
    Case("pre_disclosure", "p1", "plan", lambda k: _find(k.pre_disclosures(), "key", "p1", "plan")),
    Case("complaint_result", "r1", "result", lambda k: _find(k.complaint_results(), "key", "r1", "result")),
    Case(
        "complaint_channel",
        "电话:监督投诉电话",
        "note",
        lambda k: _find(k.complaint_channels(), "kind", "电话", "note"),
    ),
    Case("theme", "pension", "name", lambda k: _find(k.themes(), "code", "pension", "name")),
    Case("department", "rs", "address", lambda k: _find(k.departments(), "code", "rs", "address")),
    Case("window", "W1", "location", lambda k: _find(k.windows(), "code", "W1", "location")),
    Case("staff", "S01", "duties", lambda k: _find(k.staff(), "code", "S01", "duties")),
    Case("bundle", "b1", "summary", lambda k: _find(k.bundles(), "code", "b1", "summary")),
    Case("guidance", "guidance", "nodes", lambda k: _tree_question(k)),
]


def _tree_question(kiosk: ContentRepository) -> Any:
    tree = kiosk.guidance()
    return tree.nodes[0].question if tree is not None and tree.nodes else None


def _new_version(case: Case, doc: Any, new_value: str) -> Any:
    """The doc with the shown field changed; the 导办 tree's is its first question."""
    if case.entity == "guidance":
        first = doc.nodes[0].model_copy(update={"question": new_value})
        return doc.model_copy(update={"nodes": [first, *doc.nodes[1:]]})
    return doc.model_copy(update={case.field: new_value})


def test_every_content_kind_is_covered() -> None:
    assert {c.entity for c in CASES} == set(KINDS)


@pytest.fixture
def hall(database):  # type: ignore[no-untyped-def]
    bundle = factories.bundle()
    bundle.notices[0].publish_from = dt.datetime(2026, 9, 1, 8, 0)
    bundle.pre_disclosures = [PreDisclosureDoc(key="p1", title="石门村道路硬化方案", plan="原方案", sort=1)]
    bundle.complaint_results = [ComplaintResultDoc(key="r1", title="窗口服务态度", result="已约谈", sort=1)]
    codes = [matter.code for matter in bundle.matters]
    presets = [PresetAnswerDoc(matter=code, scenario="agent", answer="否") for code in codes]  # settled by the event
    bundle.bundles = [
        ServiceBundleDoc(code="b1", name="测试一件事", summary="两件事一次办", matters=codes, presets=presets)
    ]
    bundle.guidance = GuidanceDoc(
        nodes=[
            GuideNodeDoc(
                code="start",
                question="您想办什么?",
                options=[GuideOptionDoc(label=f"事项{n}", matters=[code]) for n, code in enumerate(codes, 1)]
                + [GuideOptionDoc(label="一件事", bundle="b1")],
            )
        ]
    )
    with database.session() as session:
        save_bundle(session, bundle, action="import", actor="test")
        session.commit()
    return database


def _revisions(database, entity: str, key: str) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return [(r.version, r.action) for r in history(session, entity, key)]


@pytest.mark.parametrize("cache", [False, True], ids=["asking", "from-memory"])
@pytest.mark.parametrize("case", CASES, ids=[c.entity for c in CASES])
def test_a_scheduled_version_leaves_the_live_one_shown_until_it_starts(hall, case: Case, cache: bool) -> None:
    clock = Clock()
    editor = ContentEditor(hall, now=clock)
    kiosk = ContentRepository(hall, clock=clock, cache=cache)  # cache: as the kiosk reads (read_cache)
    live = case.shown(kiosk)
    assert live is not None, "the item is live before the schedule"
    loaded = editor.load(case.entity, case.key)
    assert loaded is not None
    new_value = f"第二版:{live}"
    assert editor.publish(case.entity, _new_version(case, loaded.doc, new_value), "admin", at=START) == 0
    if cache:  # the kiosk's content watch: it asks for the version, sees the console's change, reads again
        kiosk.content_version()
        kiosk.invalidate()

    assert case.shown(kiosk) == live, "scheduling hides nothing: the live version stays shown"
    clock.now = START - dt.timedelta(seconds=1)
    assert case.shown(kiosk) == live
    summary = next(i for i in editor.items(case.entity) if i.key == case.key)
    assert summary.state != "scheduled" and summary.scheduled_at == START
    reopened = editor.load(case.entity, case.key)
    assert reopened is not None and reopened.scheduled_at == START
    assert _new_version(case, reopened.doc, new_value) == reopened.doc, "the editor shows the version that is coming"
    assert _revisions(hall, case.entity, case.key) == [(1, "import")]

    clock.now = START
    assert case.shown(kiosk) == new_value, "the first read after the start makes it live"
    assert _revisions(hall, case.entity, case.key) == [(2, "publish_at"), (1, "import")]
    assert ContentRepository(hall, clock=clock).apply_scheduled(recheck=True) is False, "once only"
    assert next(i for i in editor.items(case.entity) if i.key == case.key).scheduled_at is None


def test_a_kiosk_that_read_before_the_schedule_was_made_picks_it_up_through_its_content_watch(hall) -> None:
    clock = Clock()
    kiosk = ContentRepository(hall, clock=clock)
    assert _find(kiosk.windows(), "code", "W1", "location") == ""
    elsewhere = ContentEditor(hall, now=clock)  # the admin console on another computer
    window = elsewhere.load("window", "W1").doc
    elsewhere.publish("window", window.model_copy(update={"location": "一楼东侧"}), "admin", at=START)
    before = kiosk.content_version()
    clock.now = START
    after = kiosk.content_version()  # the watch's question, every 30 s, makes it live
    assert after != before, "so the kiosk refreshes its screens"
    assert _revisions(hall, "window", "W1") == [(2, "publish_at"), (1, "import")]
    assert _find(kiosk.windows(), "code", "W1", "location") == "一楼东侧"


def test_a_new_item_scheduled_for_later_is_listed_as_scheduled_and_appears_at_its_start(hall) -> None:
    clock = Clock()
    editor = ContentEditor(hall, now=clock)
    kiosk = ContentRepository(hall, clock=clock)
    editor.publish("theme", ThemeDoc(code="new", name="新主题", sort=9), "admin", at=START)
    assert [(i.key, i.state) for i in editor.items("theme") if i.key == "new"] == [("new", "scheduled")]
    assert "new" not in [t.code for t in kiosk.themes()]
    clock.now = START + dt.timedelta(hours=1)
    assert "new" in [t.code for t in kiosk.themes()]
    assert [(i.key, i.state) for i in editor.items("theme") if i.key == "new"] == [("new", "published")]


def test_publishing_now_replaces_the_scheduled_version_and_cancelling_keeps_the_live_one(hall) -> None:
    clock = Clock()
    editor = ContentEditor(hall, now=clock)
    kiosk = ContentRepository(hall, clock=clock)
    doc = editor.load("window", "W1").doc
    editor.publish("window", doc.model_copy(update={"location": "计划中"}), "admin", at=START)
    editor.publish("window", doc.model_copy(update={"location": "马上"}), "admin")
    clock.now = START + dt.timedelta(days=1)
    assert _find(kiosk.windows(), "code", "W1", "location") == "马上", "the schedule was dropped"

    editor.publish("window", doc.model_copy(update={"location": "后天"}), "admin", at=START + dt.timedelta(days=2))
    assert editor.cancel_scheduled("window", "W1", "admin") is True
    assert editor.cancel_scheduled("window", "W1", "admin") is False
    clock.now = START + dt.timedelta(days=3)
    assert _find(kiosk.windows(), "code", "W1", "location") == "马上"
    with hall.session() as session:
        actions = [r.action for r in audit_log.page(session).rows]
    assert "publish_at_cancel" in actions


def test_archiving_drops_the_scheduled_version(hall) -> None:
    clock = Clock()
    editor = ContentEditor(hall, now=clock)
    kiosk = ContentRepository(hall, clock=clock)
    notice = editor.load("notice", "n1").doc
    editor.publish("notice", notice.model_copy(update={"title": "改期"}), "admin", at=START)
    editor.archive("notice", "n1", "admin")
    clock.now = START
    assert kiosk.notices() == []


def test_a_version_that_can_no_longer_be_published_is_dropped_and_the_live_one_stays(hall) -> None:
    clock = Clock()
    editor = ContentEditor(hall, now=clock)
    kiosk = ContentRepository(hall, clock=clock)
    editor.publish("theme", ThemeDoc(code="soon", name="即将启用", sort=5), "admin")
    matter: MatterDoc = editor.load("matter", "M002").doc
    editor.publish("matter", matter.model_copy(update={"themes": ["soon"], "conditions": "新条件"}), "admin", at=START)
    editor.archive("theme", "soon", "admin")  # no live matter uses it yet
    clock.now = START
    assert kiosk.matter("M002").conditions == matter.conditions
    with hall.session() as session:
        failed = audit_log.page(session, action="publish_at_failed").rows
        waiting = session.scalar(select(func.count()).select_from(m.PendingRevision))
    assert [(r.entity, r.key) for r in failed] == [("matter", "M002")] and "soon" in failed[0].detail
    assert waiting == 0


def test_two_kiosks_reading_after_the_start_publish_it_once(hall) -> None:
    clock = Clock()
    editor = ContentEditor(hall, now=clock)
    first, second = ContentRepository(hall, clock=clock), ContentRepository(hall, clock=clock)
    doc = editor.load("department", "rs").doc
    editor.publish("department", doc.model_copy(update={"address": "新址"}), "admin", at=START)
    first.departments(), second.departments()
    clock.now = START
    assert _find(first.departments(), "code", "rs", "address") == "新址"
    assert _find(second.departments(), "code", "rs", "address") == "新址"
    assert _revisions(hall, "department", "rs") == [(2, "publish_at"), (1, "import")]
