"""The console's import page with the county's shapes: a folder of national tables, an office sheet whose
columns the admin confirms first, the report under the counts, and the report saved to a USB disk."""

from __future__ import annotations

from pathlib import Path

from kiosk.data.repository import ContentRepository
from kiosk.screens.admin.import_mapping import MappingDialog
from tests.data.exchange import national_fixture as nf
from tests.data.exchange import office_fixture
from tests.screens.admin.helpers import click
from tests.screens.admin.test_files import audit_actions, counts, pick, tools, usb, wait_idle

__all__ = ["tools", "usb"]  # fixtures used by the tests below


def test_a_folder_of_national_tables_is_checked_with_its_report_then_imported(qtbot, tools) -> None:
    folder = nf.write_folder(tools.usb / "县政务数据", nf.batch1())
    before = counts(tools.db)
    page = tools.console.open_section("files")
    click(qtbot, page.folder_button)
    pick(qtbot, page, folder)
    wait_idle(qtbot, page)
    assert page.pending == folder and page.panel.action.isVisible()
    guides = next(row for row in page.panel.rows() if row[0].startswith("Guides"))
    assert guides[1:3] == ["3", "0"]
    report = page.panel.report_rows()
    assert page.panel.details.isVisible() and "国家标准交换表" in page.panel.details_heading.text()
    assert any(r[0] == "农村村民宅基地审批" and "去掉 HTML 标签" in r[3] and "accept_condition" in r[4] for r in report)
    assert any(r[2] == "跳过" and "sssss" in r[3] for r in report)
    assert counts(tools.db) == before  # a check only

    click(qtbot, page.panel.action)
    wait_idle(qtbot, page)
    assert page.panel.heading.text() == "Imported 县政务数据"
    assert ContentRepository(tools.db).matter("11431122MB1234567X2000201002000") is not None  # 高龄津贴, published
    assert tools.calls["replaced"] == [True]
    assert page.panel.action.text() == "Save the report…"
    click(qtbot, page.panel.action)
    pick(qtbot, page, tools.usb)
    wait_idle(qtbot, page)
    [saved] = tools.usb.glob("import-report-*.html")
    assert "去掉 HTML 标签" in saved.read_text(encoding="utf-8")
    assert audit_actions(tools.db)[-2:] == ["import", "import.report"]


def test_an_office_sheet_asks_which_column_is_which_before_checking(qtbot, tools) -> None:
    path = office_fixture.write(tools.usb / "材料清单.xlsx")
    page = tools.console.open_section("files")
    click(qtbot, page.import_button)
    pick(qtbot, page, path)
    qtbot.waitUntil(lambda: isinstance(page.dialog, MappingDialog) and page.dialog.isVisible(), timeout=20_000)
    dialog = page.dialog
    assert dialog.mapping()["申请材料（必填）"] == "material.name"
    assert dialog.mapping()["经办科室"] == "-"  # no synonym: not imported unless the admin says
    dialog.choose("经办科室", "matter.window")
    click(qtbot, dialog.confirm_button)
    wait_idle(qtbot, page)
    assert page.column_map is not None and page.column_map["经办科室"] == "matter.window"
    click(qtbot, page.panel.action)
    wait_idle(qtbot, page)
    from kiosk.data.store import load_matters

    with tools.db.session() as session:  # the demo hall has a matter of that name too: the sheet's has its own code
        [matter] = [
            m for m in load_matters(session) if m.name == "城乡居民基本养老保险参保登记" and m.code.startswith("S")
        ]
    assert matter.window == "社保窗口"
    assert matter.status == "draft"  # breaks rules: a draft, not on the kiosk


def test_cancelling_the_column_mapping_imports_nothing(qtbot, tools) -> None:
    path = office_fixture.write(tools.usb / "材料清单.xlsx")
    before = counts(tools.db)
    page = tools.console.open_section("files")
    page.check_file(path)
    qtbot.waitUntil(lambda: isinstance(page.dialog, MappingDialog) and page.dialog.isVisible(), timeout=20_000)
    click(qtbot, page.dialog.cancel_button)
    assert page.panel.heading.text() == "Nothing imported" and not page.panel.action.isVisible()
    assert counts(tools.db) == before


def test_a_truncated_zip_is_one_clear_message(qtbot, tools, tmp_path: Path) -> None:
    whole = nf.write_zip(tmp_path / "whole.zip", nf.write_folder(tmp_path / "b1", nf.batch1()))
    cut = tools.usb / "导出.zip"
    cut.write_bytes(whole.read_bytes()[:300])
    page = tools.console.open_section("files")
    page.check_file(cut)
    wait_idle(qtbot, page)
    assert "不是完整的 zip 文件" in " ".join(" ".join(r) for r in page.panel.rows()) + page.panel.message.text()
    assert not page.panel.action.isVisible()
