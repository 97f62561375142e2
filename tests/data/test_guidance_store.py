"""一件事 bundles and the 导办 tree travel with the content: saved with revisions, exported, imported all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kiosk.data import models as m
from kiosk.data.exchange import export_file, import_file
from kiosk.data.repository import ContentRepository
from kiosk.errors import InvalidImport


def _revisions(database, entity: str) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(m.Revision).where(m.Revision.entity == entity))


def test_the_demo_saves_bundles_and_tree_with_revisions_and_exports_them(demo_database, tmp_path: Path) -> None:
    assert _revisions(demo_database, "bundle") == 3
    assert _revisions(demo_database, "guidance") == 1
    exported = export_file(demo_database, tmp_path / "hall.json")
    data = json.loads((tmp_path / "hall.json").read_text(encoding="utf-8"))
    assert [b["code"] for b in data["bundles"]] == ["newborn", "after_death", "disability"]
    assert data["bundles"][2]["matters"] == exported.bundles[2].matters
    assert data["guidance"]["nodes"][0]["code"] == "start"
    # importing the same file again changes nothing and records no new revision
    import_file(demo_database, tmp_path / "hall.json")
    assert _revisions(demo_database, "bundle") == 3


def _demo_json(demo_bundle_doc) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(demo_bundle_doc.model_dump_json())


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_bundle_naming_a_matter_that_does_not_exist_is_refused_and_nothing_changes(
    database, demo_bundle_doc, tmp_path: Path
) -> None:
    data = _demo_json(demo_bundle_doc)
    data["bundles"][1]["matters"].append("NO-SUCH-MATTER")
    data["bundles"][2]["links"][0]["scenario"] = "nope"
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "bad.json", data))
    where = [p.where for p in caught.value.problems]
    assert "bundles[1].matters" in where and "bundles[2].links" in where
    assert "NO-SUCH-MATTER" in str(caught.value)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceMatter)) == 0  # all or nothing


def test_a_tree_with_a_dead_end_is_refused(database, demo_bundle_doc, tmp_path: Path) -> None:
    data = _demo_json(demo_bundle_doc)
    data["guidance"]["nodes"][1]["options"][0] = {"label": "哪儿也不去"}
    data["guidance"]["nodes"][2]["options"][0]["next"] = "gone"
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "tree.json", data))
    text = str(caught.value)
    assert "哪儿也不去" in text and "死路" in text and "'gone'" in text
    assert {"guidance.nodes[1]", "guidance.nodes[2]"} <= {p.where for p in caught.value.problems}


def test_an_excel_tree_with_a_dead_end_is_refused_at_its_row(sqlite_demo, database, tmp_path: Path) -> None:
    import openpyxl

    export_file(sqlite_demo, tmp_path / "hall.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "hall.xlsx")
    sheet = workbook["智能导办"]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, headers.index("下一个问题") + 1).value)
    sheet.cell(row, headers.index("下一个问题") + 1).value = "gone"
    workbook.save(tmp_path / "broken.xlsx")
    with pytest.raises(InvalidImport) as caught:
        import_file(database, tmp_path / "broken.xlsx")
    assert any(p.where.startswith("智能导办!第") and "'gone'" in p.message for p in caught.value.problems)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceBundle)) == 0


def test_residents_see_only_bundles_whose_matters_are_all_open(sqlite_demo) -> None:
    content = ContentRepository(sqlite_demo)
    assert [b.code for b in content.bundles()] == ["newborn", "after_death", "disability"]
    with sqlite_demo.session() as session:
        session.execute(
            update(m.ServiceMatter)
            .where(m.ServiceMatter.code == "4399231050000-JF-00207-001")
            .values(status="archived")
        )
        session.commit()
    assert [b.code for b in ContentRepository(sqlite_demo).bundles()] == ["newborn", "disability"]
    tree = content.guidance()
    assert tree is not None and tree.nodes[0].code == "start"
