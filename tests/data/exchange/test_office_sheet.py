"""Importing an office spreadsheet: loose headers, merged matter cells, counts as typed, junk and duplicates."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kiosk.data.exchange import export_file, import_file
from kiosk.data.exchange.office_sheet import detect, parse_counts, parse_limit
from kiosk.data.schema import BundleDoc, DepartmentDoc
from kiosk.data.store import load_matters, save_bundle
from kiosk.errors import InvalidImport, UserError
from tests.data.exchange import office_fixture


def _matters(database) -> dict[str, object]:
    with database.session() as session:
        return {doc.name: doc for doc in load_matters(session)}


def test_headers_are_matched_loosely_and_the_mapping_can_be_changed(tmp_path: Path) -> None:
    path = office_fixture.write(tmp_path / "清单.xlsx")
    layout, _rows = detect(path)
    assert (layout.sheet, layout.header_row) == ("材料清单", 2)
    found = dict(layout.pairs())
    assert found["事项　名称"] == "事项名称" and found["申请材料（必填）"] == "材料名称" and found["份  数"] == "份数"
    assert found["是否必需"] == "必要性" and found["原件/复印件"] == "原件/复印件" and found["实施部门"] == "实施主体"
    assert found["经办科室"] == "(不导入)" and found["序号"] == "(不导入)"
    layout, _ = detect(path, {"经办科室": "办理窗口", "备注": "-"})
    found = dict(layout.pairs())
    assert found["经办科室"] == "办理窗口" and found["备注"] == "(不导入)"
    with pytest.raises(UserError, match="没有这个字段"):
        detect(path, {"经办科室": "窗口号码很长的字段"})
    with pytest.raises(UserError, match="不在表头中"):
        detect(path, {"不存在的列": "备注"})


def test_a_messy_sheet_becomes_matters_with_every_cleaning_reported(database, tmp_path: Path) -> None:
    path = office_fixture.write(tmp_path / "清单.xlsx")
    report = import_file(database, path, column_map={"经办科室": "办理窗口"})
    assert report.shape == "sheet"
    matters = _matters(database)
    assert set(matters) == {"城乡居民基本养老保险参保登记", "高龄津贴申领"}
    pension, allowance = matters["城乡居民基本养老保险参保登记"], matters["高龄津贴申领"]
    assert (pension.handling_kind, pension.promised_limit.value, pension.window) == ("即办件", 0, "社保窗口")
    card, register = pension.materials  # 「sssss」 skipped
    assert (card.copies, card.necessity, card.original_or_copy) == (1, "必要", "原件")
    assert (register.originals, register.photocopies, register.original_or_copy) == (1, 2, "原件和复印件")
    assert register.notes == ""  # 「无」 is a placeholder
    assert (allowance.promised_limit.value, allowance.promised_limit.unit, allowance.handling_kind) == (
        10, "工作日", "承诺件",
    )  # fmt: skip
    form, proxy = allowance.materials  # the second 「代办人身份证」 row is a duplicate
    assert (form.copies, form.notes) == (2, "需本人签字 按手印")
    assert (proxy.necessity, proxy.original_or_copy) == ("非必要", "复印件")
    assert {pension.status, allowance.status} == {"draft"}  # no 监督投诉电话, 受理条件 … in the sheet
    rows = report.rows()
    assert any(r[1] == "1" and r[3] == "跳过" and "一个字" in r[5] for r in rows)
    assert any(r[1] == "测试" and r[3] == "跳过" and "测试字样" in r[5] for r in rows)
    assert any(r[1] == "城乡居民基本养老保险参保登记" and r[3] == "跳过" and "sssss" in r[5] for r in rows)
    assert any(r[1] == "高龄津贴申领" and r[3] == "跳过" and "重复" in r[5] for r in rows)
    assert any(r[1] == "高龄津贴申领" and "去掉 HTML 标签" in r[5] and "材料清单!第6行 备注" in r[6] for r in rows)
    assert any(r[3] == "转为草稿" and "监督投诉电话" in r[5] for r in rows)
    assert ("经办科室", "办理窗口") in report.mapping


def test_the_same_sheet_again_changes_nothing_and_known_departments_are_reused(database, tmp_path: Path) -> None:
    with database.session() as session:
        save_bundle(session, BundleDoc(departments=[DepartmentDoc(code="sb", name="镇社保站")]))
        session.commit()
    path = office_fixture.write(tmp_path / "清单.xlsx")
    import_file(database, path)
    assert _matters(database)["城乡居民基本养老保险参保登记"].department == "sb"
    first = tmp_path / "1.json"
    export_file(database, first)
    report = import_file(database, path)
    assert {e.outcome for e in report.entries if e.outcome != "skipped"} == {"unchanged"}
    second = tmp_path / "2.json"
    export_file(database, second)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()


def test_a_bad_count_is_reported_at_its_cell_and_nothing_changes(database, tmp_path: Path) -> None:
    rows = [list(r) for r in office_fixture.ROWS]
    rows[0][7] = "若干"
    with pytest.raises(InvalidImport) as caught:
        import_file(database, office_fixture.write(tmp_path / "bad.xlsx", rows))
    assert [str(p) for p in caught.value.problems] == ["材料清单!第3行 份  数: 份数应为整数,而不是 '若干'"]
    assert _matters(database) == {}


def test_a_sheet_without_the_two_key_columns_says_what_it_looks_for(database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["姓名", "电话"])
    workbook.active.append(["张三", "123"])
    workbook.save(tmp_path / "通讯录.xlsx")
    with pytest.raises(UserError, match=r"事项名称.*材料名称"):
        import_file(database, tmp_path / "通讯录.xlsx")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20个工作日", {"value": 20, "unit": "工作日"}), ("15天", {"value": 15, "unit": "自然日"}),
     ("即办", {"value": 0}), ("当场办结", {"value": 0}), ("３０个自然日", {"value": 30, "unit": "自然日"})],
)  # fmt: skip
def test_time_limits_are_read_as_people_write_them(text: str, expected: dict[str, object]) -> None:
    assert parse_limit(text)[0] == expected


def test_counts_are_read_as_people_write_them() -> None:
    assert parse_counts("2份") == {"copies": 2}
    assert parse_counts("原件1份、复印件2份") == {"originals": 1, "photocopies": 2}
    assert parse_counts("复印件一份") == {"photocopies": 1}
