"""Drafts, publishing, archiving, history and restore, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.editing import ContentEditor, PublishRefused
from kiosk.data.repository import ContentRepository
from kiosk.data.revisions import diff, history, revision_data
from kiosk.data.schema import NoticeDoc
from kiosk.data.store import save_bundle
from kiosk.errors import UserError
from tests import factories

NOW = dt.datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def hall(database):  # type: ignore[no-untyped-def]
    with database.session() as session:
        save_bundle(session, factories.bundle(), action="import", actor="test")
        session.commit()
    return database


@pytest.fixture
def editor(hall) -> ContentEditor:  # type: ignore[no-untyped-def]
    return ContentEditor(hall, now=lambda: NOW)


def _revisions(database, entity: str, key: str):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return history(session, entity, key)


def _audit(database, action: str = ""):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return audit_log.page(session, action=action).rows


def test_a_draft_is_kept_apart_until_it_is_published(hall, editor) -> None:
    kiosk = ContentRepository(hall)
    matter = editor.load("matter", "M002")
    assert matter is not None and not matter.is_draft
    changed = matter.doc.model_copy(update={"legal_basis": "《社会保险法》第十条(修订)"})
    editor.save_draft("matter", changed, "admin")
    assert kiosk.matter("M002").legal_basis == "《中华人民共和国社会保险法》第二十条"
    again = editor.load("matter", "M002")
    assert again is not None and again.is_draft and again.doc.legal_basis == "《社会保险法》第十条(修订)"
    assert [i.has_draft for i in editor.items("matter") if i.key == "M002"] == [True]

    version = editor.publish("matter", again.doc, "admin")
    assert version == 2
    assert kiosk.matter("M002").legal_basis == "《社会保险法》第十条(修订)"
    assert not editor.load("matter", "M002").is_draft  # the draft is gone
    revisions = _revisions(hall, "matter", "M002")
    assert [(r.version, r.action, r.actor) for r in revisions] == [(2, "publish", "admin"), (1, "import", "test")]
    with hall.session() as session:
        changes = diff(revision_data(session, "matter", "M002", 1), revision_data(session, "matter", "M002", 2))
    assert [(c.path, c.old, c.new) for c in changes] == [
        (("legal_basis",), "《中华人民共和国社会保险法》第二十条", "《社会保险法》第十条(修订)")
    ]
    assert "设定依据: 《中华人民共和国社会保险法》第二十条 → 《社会保险法》第十条(修订)" in changes[0].describe(
        {"legal_basis": "设定依据"}
    )


def test_restore_publishes_the_old_text_as_a_new_revision(hall, editor) -> None:
    doc = editor.load("matter", "M002").doc
    editor.publish("matter", doc.model_copy(update={"conditions": "新的受理条件"}), "admin")
    assert editor.restore("matter", "M002", 1, "admin") == 3
    assert ContentRepository(hall).matter("M002").conditions == doc.conditions
    assert [r.action for r in _revisions(hall, "matter", "M002")] == ["restore", "publish", "import"]


def test_a_matter_breaking_a_quality_rule_is_not_published(hall, editor) -> None:
    doc = editor.load("matter", "M002").doc
    same_phones = doc.model_copy(update={"complaint_phone": doc.consult_phone})
    with pytest.raises(PublishRefused) as refused:
        editor.publish("matter", same_phones, "admin")
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("complaint_phone", "监督投诉电话不能与咨询电话相同")
    ]
    free_with_price = doc.model_copy(update={"fee_statement": "每件5元"})
    with pytest.raises(PublishRefused) as refused:
        editor.publish("matter", free_with_price, "admin")
    assert refused.value.problems[0].field == "fee_statement"
    assert ContentRepository(hall).matter("M002") == doc
    assert len(_revisions(hall, "matter", "M002")) == 1
    assert _audit(hall, "publish") == []


def test_a_missing_department_is_refused_next_to_the_field(hall, editor) -> None:
    doc = editor.load("matter", "M002").doc.model_copy(update={"department": "nowhere"})
    with pytest.raises(PublishRefused) as refused:
        editor.publish("matter", doc, "admin")
    assert refused.value.problems[0].field == "department"
    with pytest.raises(PublishRefused) as refused:
        editor.publish("matter", doc.model_copy(update={"department": "rs", "themes": ["nowhere"]}), "admin")
    assert refused.value.problems[0].field == "themes"


def test_a_notice_published_at_a_date_stays_invisible_until_then(hall, editor) -> None:
    clock = [NOW]
    kiosk = ContentRepository(hall, clock=lambda: clock[0])
    notice = NoticeDoc(key="n2", title="春节值班安排", body="正文", status="draft")
    editor.save_draft("notice", notice, "admin")
    assert [i.state for i in editor.items("notice") if i.key == "n2"] == ["draft"]
    start = dt.datetime(2026, 3, 10, 8, 0)
    assert editor.publish("notice", notice, "admin", at=start) == 0  # no revision until it goes live
    assert "n2" not in [n.key for n in kiosk.notices()]
    clock[0] = start - dt.timedelta(minutes=1)
    assert "n2" not in [n.key for n in kiosk.notices()]
    assert [i.state for i in editor.items("notice") if i.key == "n2"] == ["scheduled"]
    clock[0] = start
    assert "n2" in [n.key for n in kiosk.notices()]
    assert kiosk.notices()[-1].publish_from == start
    assert _audit(hall, "publish_at")[-1].key == "n2"
    assert [(r.version, r.action) for r in _revisions(hall, "notice", "n2")] == [(1, "publish_at")]


def test_publish_now_overrides_an_earlier_schedule(hall, editor) -> None:
    notice = NoticeDoc(key="n3", title="停电通知", publish_from=dt.datetime(2026, 4, 1))
    editor.publish("notice", notice, "admin")
    assert ContentRepository(hall).notices(at=NOW)[-1].key == "n3"


def test_a_matter_published_at_a_date_takes_effect_then(hall, editor) -> None:
    clock = [NOW]
    kiosk = ContentRepository(hall, clock=lambda: clock[0])
    doc = editor.load("matter", "M002").doc
    editor.publish("matter", doc.model_copy(update={"conditions": "新的受理条件"}), "admin", at=dt.datetime(2026, 4, 1))
    assert "M002" in [s.code for s in kiosk.matter_summaries()], "the live version stays shown"
    assert kiosk.matter("M002").conditions == doc.conditions
    clock[0] = dt.datetime(2026, 4, 1)
    assert "M002" in [s.code for s in kiosk.matter_summaries()]
    assert kiosk.matter("M002").conditions == "新的受理条件"
    assert kiosk.matter("M002").effective_from == dt.date(2026, 4, 1)


def test_archive_hides_an_item_and_keeps_a_revision(hall, editor) -> None:
    kiosk = ContentRepository(hall)
    assert editor.archive("matter", "M002", "admin") == 2
    assert "M002" not in [s.code for s in kiosk.matter_summaries(at=NOW.date())]
    assert [i.state for i in editor.items("matter") if i.key == "M002"] == ["archived"]
    editor.archive("notice", "n1", "admin")
    assert kiosk.notices(at=dt.datetime(2027, 1, 1)) == []
    editor.archive("staff", "S01", "admin")
    assert kiosk.staff() == []
    assert [r.action for r in _revisions(hall, "staff", "S01")] == ["archive", "import"]
    assert {r.action for r in _audit(hall)} == {"archive"}
    editor.restore("matter", "M002", 1, "admin")
    assert "M002" in [s.code for s in kiosk.matter_summaries(at=NOW.date())]


def test_a_theme_in_use_cannot_be_archived_but_an_unused_window_can(hall, editor) -> None:
    with pytest.raises(UserError, match="仍有事项使用"):
        editor.archive("theme", "pension", "admin")
    editor.archive("window", "W1", "admin")
    assert ContentRepository(hall).windows() == []
    assert [r.action for r in _revisions(hall, "window", "W1")] == ["archive", "import"]


def test_only_drafts_can_be_deleted(hall, editor) -> None:
    new = NoticeDoc(key="n9", title="草稿通知")
    editor.save_draft("notice", new, "admin")
    assert editor.discard_draft("notice", "n9", "admin")
    assert editor.load("notice", "n9") is None
    assert not editor.discard_draft("notice", "n1", "admin")  # published: nothing to delete
    with pytest.raises(UserError):
        editor.archive("notice", "n9", "admin")


def test_renaming_a_new_items_code_keeps_one_draft(hall, editor) -> None:
    editor.save_draft("notice", NoticeDoc(key="tmp", title="新通知"), "admin")
    editor.save_draft("notice", NoticeDoc(key="n5", title="新通知"), "admin", replaces="tmp")
    assert [i.key for i in editor.items("notice") if i.state == "draft"] == ["n5"]


def test_every_publish_writes_an_audit_row_in_the_same_transaction(hall, editor) -> None:
    doc = editor.load("department", "rs").doc
    editor.publish("department", doc.model_copy(update={"phone": "0739-5550000"}), "张管理员")
    channel = editor.load("complaint_channel", "电话:监督投诉电话").doc
    editor.publish("complaint_channel", channel.model_copy(update={"note": "工作日接听"}), "张管理员")
    rows = _audit(hall, "publish")
    assert [(r.actor, r.entity, r.key) for r in rows] == [
        ("张管理员", "complaint_channel", "电话:监督投诉电话"),
        ("张管理员", "department", "rs"),
    ]
    with hall.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Revision).where(m.Revision.action == "publish")) == 2


def test_the_hall_is_edited_and_never_archived(hall, editor) -> None:
    doc = editor.load("hall", "hall").doc
    editor.publish("hall", doc.model_copy(update={"opening_hours": "周一至周五 8:30-17:30"}), "admin")
    assert ContentRepository(hall).hall().opening_hours == "周一至周五 8:30-17:30"
    with pytest.raises(UserError):
        editor.archive("hall", "hall", "admin")


def test_diff_names_added_removed_and_changed_list_items(hall, editor) -> None:
    doc = editor.load("matter", "M002").doc
    changed = doc.model_copy(deep=True)
    changed.materials.pop(0)
    changed.materials[0].copies = 3
    changed.materials.append(factories.material("结婚证"))
    changes = diff(doc.model_dump(mode="json"), changed.model_dump(mode="json"))
    described = [c.describe() for c in changes]
    assert described[0] == "materials: − 「居民身份证」"
    assert "materials: + 「结婚证」" in described
    assert "materials › 户口簿 › copies: 2 → 3" in described


def test_long_texts_are_diffed_by_character() -> None:
    old = "申请人应当" + "提交材料" * 30 + "原文"
    new = "申请人应当" + "提交材料" * 30 + "新文"
    (change,) = diff({"conditions": old}, {"conditions": new})
    assert [(s.op, s.text) for s in change.segments if s.op != "equal"] == [("delete", "原"), ("insert", "新")]


def test_audit_log_pages_newest_first_and_filters(hall, editor) -> None:
    for i in range(5):
        editor.save_draft("notice", NoticeDoc(key=f"d{i}", title=f"草稿{i}"), "admin")
    with hall.session() as session:
        first = audit_log.page(session, action="save_draft", limit=2)
        assert first.total == 5 and [r.key for r in first.rows] == ["d4", "d3"]
        assert [r.key for r in audit_log.page(session, entity="notice", offset=4, limit=2).rows] == ["d0"]
        assert audit_log.actions(session) == ["save_draft"]


def test_renaming_a_complaint_channel_replaces_it_on_the_kiosk(hall, editor) -> None:
    old_key = "电话:监督投诉电话"
    channel = editor.load("complaint_channel", old_key).doc
    editor.publish("complaint_channel", channel.model_copy(update={"label": "大厅投诉电话"}), "admin", replaces=old_key)
    assert [c.label for c in ContentRepository(hall).complaint_channels()] == ["大厅投诉电话"]


def test_whole_document_errors_are_placed_at_the_field_they_are_about() -> None:
    from pydantic import ValidationError

    from kiosk.data.field_errors import field_errors
    from kiosk.data.schema import MatterDoc

    data = factories.matter().model_dump()
    data["materials"][2]["when"] = {"agent": ["也许"]}
    data["effective_from"], data["effective_until"] = dt.date(2026, 5, 1), dt.date(2026, 4, 1)
    with pytest.raises(ValidationError) as caught:
        MatterDoc.model_validate(data)
    (error,) = field_errors(caught.value, MatterDoc.model_fields)
    assert error.field == "materials" and "授权委托书" in error.message
    notice = {"key": "n", "title": "t", "publish_from": NOW, "publish_until": NOW}
    with pytest.raises(ValidationError) as caught:
        NoticeDoc.model_validate(notice)
    assert [e.field for e in field_errors(caught.value, NoticeDoc.model_fields)] == ["publish_until"]
