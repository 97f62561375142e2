"""Saving and loading the hall's content: round trips, upserts, revisions, all-or-nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data import store
from kiosk.data.store import load_bundle, save_bundle
from kiosk.errors import InvalidImport
from tests import factories


def _save(database, bundle, action="import"):
    with database.session() as session:
        report = save_bundle(session, bundle, action=action, actor="test")
        session.commit()
    return report


def test_everything_saved_comes_back_identical(database) -> None:
    original = factories.bundle(3)
    _save(database, original)
    with database.session() as session:
        assert load_bundle(session) == original


def test_a_save_releasing_its_matters_saves_the_same_and_keeps_none_of_them(database, monkeypatch) -> None:
    monkeypatch.setattr(store, "MATTER_CHUNK", 2)  # 5 matters: three chunks
    bundle = factories.bundle(5)
    with database.session() as session:
        report = save_bundle(session, bundle, actor="test", release=True)
        session.commit()
    assert bundle.matters == [] and report.created["matter"] == 5
    with database.session() as session:
        assert load_bundle(session) == factories.bundle(5)


def test_saving_a_matter_again_by_code_replaces_it_and_archives_a_revision(database) -> None:
    _save(database, factories.bundle())
    changed = factories.bundle()
    changed.matters[1].materials.pop()
    changed.matters[1].name = "测试事项2(修订)"
    report = _save(database, changed)
    assert report.updated.get("matter") == 1
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceMatter)) == 2
        loaded = {d.code: d for d in load_bundle(session).matters}
        assert loaded["M002"].name == "测试事项2(修订)"
        assert len(loaded["M002"].materials) == 3
        versions = session.scalars(
            select(m.Revision.version).where(m.Revision.entity == "matter", m.Revision.key == "M002")
        ).all()
        assert sorted(versions) == [1, 2]
        first = session.scalar(select(m.Revision.data).where(m.Revision.key == "M002", m.Revision.version == 1))
        assert first["name"] == "测试事项2"


def test_saving_unchanged_content_adds_no_revision(database) -> None:
    _save(database, factories.bundle())
    report = _save(database, factories.bundle())
    assert report.changed == 0
    with database.session() as session:
        assert session.scalar(select(func.max(m.Revision.version))) == 1


def test_unknown_department_is_refused_and_nothing_is_written(database) -> None:
    bad = factories.bundle()
    bad.matters[1].department = "nowhere"
    with database.session() as session, pytest.raises(InvalidImport) as caught:
        save_bundle(session, bad)
    assert [p.where for p in caught.value.problems] == ["matters[1].department"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceMatter)) == 0


def test_duplicate_codes_in_one_file_are_reported_where_they_are(database) -> None:
    bad = factories.bundle(3)
    bad.matters[2].code = "M001"
    with database.session() as session, pytest.raises(InvalidImport) as caught:
        save_bundle(session, bad)
    assert [p.where for p in caught.value.problems] == ["matters[2].code"]


def test_attachments_are_stored_once_and_orphans_removed(database) -> None:
    _save(database, factories.bundle())
    without = factories.bundle()
    without.matters[0].materials[1].blank_form = None
    _save(database, without)
    with database.session() as session:
        # the logo and the staff photo remain; the replaced blank form is gone
        assert session.scalar(select(func.count()).select_from(m.Attachment)) == 2


def test_a_subset_leaves_other_content_alone(database) -> None:
    _save(database, factories.bundle(3))
    subset = factories.bundle(1)
    subset = subset.model_copy(update={"hall": None, "disclosures": [], "staff": [], "notices": []})
    _save(database, subset)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceMatter)) == 3
        assert session.scalar(select(func.count()).select_from(m.Disclosure)) == 2
