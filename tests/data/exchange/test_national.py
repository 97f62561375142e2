"""Importing the national exchange tables: batches in order, 情形 → materials, cleaning reported, bad files refused."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.exchange import export_file, import_file
from kiosk.data.exchange.national.tables import COLUMNS, TABLES
from kiosk.data.store import load_matters
from kiosk.errors import InvalidImport, UserError
from tests.data.exchange import national_fixture as nf

A = "11431122MB1234567X4000101001000"
B = "11431122MB1234567X2000201002000"
C = "11431122MB1234567X2000301003000"


def _matters(database) -> dict[str, object]:
    with database.session() as session:
        return {doc.code: doc for doc in load_matters(session)}


def _export_hash(database, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.json"
    export_file(database, path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(database, table) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_the_importer_reads_only_published_columns() -> None:
    for table in TABLES:
        published = set(nf.COLUMNS[table.names[0]])
        used = {column for column, _meaning in COLUMNS[table.key]}
        assert used <= published, (table.key, used - published)
        assert set(table.required) <= published


def test_three_batches_insert_update_and_delete_in_order(database, tmp_path: Path) -> None:
    report = import_file(database, nf.write_folder(tmp_path / "b1", nf.batch1()))
    assert report.shape == "national" and "文件夹" in report.detected
    matters = _matters(database)
    assert set(matters) == {A, B, C}
    a = matters[A]
    assert (a.name, a.type, a.handling_kind, a.department) == (
        "农村村民宅基地审批",
        "行政许可",
        "承诺件",
        "11431122MB1234567X",
    )
    assert a.conditions == "申请人为本村集体经济组织成员;\n一户只能拥有一处宅基地。"  # <p> gone, one line each
    assert (
        a.legal_basis == "《中华人民共和国土地管理法》第六十二条 农村村民一户只能拥有一处宅基地。"
    )  # &amp;amp;nbsp; and 。。
    assert (a.legal_limit.value, a.promised_limit.value, a.promised_limit.note) == (20, 10, "不含公示时间")
    assert [s.title for s in a.steps] == ["申请", "受理", "审查", "决定"]
    assert a.online and a.online_url == "https://zwfw.example.gov.cn/zjd"
    assert a.visits_reason == "需现场核验宅基地四至" and a.result_name == "农村宅基地批准书"
    # the national 情形 became one question whose options bring their materials; junk 「sssss」 was skipped
    assert [(s.code, s.question, s.options) for s in a.scenarios] == [
        ("national", "您属于以下哪种情形?", ["委托他人代办", "因继承申请"])
    ]
    assert [(x.name, x.when) for x in a.materials] == [
        ("农村宅基地和建房(规划许可)申请表", {}),
        ("申请人居民身份证", {}),
        ("授权委托书", {"national": ["委托他人代办"]}),
        ("继承公证书", {"national": ["因继承申请"]}),
    ]
    assert [x.name for _n, x in a.materials_for({"national": "委托他人代办"})] == [
        "农村宅基地和建房(规划许可)申请表",
        "申请人居民身份证",
        "授权委托书",
    ]
    form, card, _proxy, inherit = a.materials
    assert (form.kind, form.necessity, form.fill_instructions, form.acceptance_standard) == (
        "申请表格文书", "必要", "用黑色签字笔填写", "填写完整、签字齐全",
    )  # fmt: skip
    assert (card.source, card.source_note, card.copies) == ("政府部门核发", "公安机关核发", 1)
    assert (inherit.necessity, inherit.form, inherit.copies, inherit.paper_size) == ("容缺后补", "纸质+电子", 2, "")
    b = matters[B]
    assert (b.type, b.scenarios[0].options, b.materials[1].when) == ("公共服务", ["是", "否"], {"national": ["是"]})
    assert b.status == "published"  # every quality rule holds
    assert a.status == "draft"  # no result sample: in as a draft, with the rule in the report
    assert matters[C].type == "行政处罚"

    report = import_file(database, nf.write_folder(tmp_path / "b2", nf.batch2()))
    matters = _matters(database)
    assert matters[A].promised_limit.value == 5
    assert matters[A].materials[1].copies == 2  # the updated material, the others kept
    assert [x.name for x in matters[A].materials][2:] == ["授权委托书", "继承公证书"]
    assert matters[B].charges and [(f.name, f.standard, f.reducible) for f in matters[B].fees] == [
        ("工本费", "每证10元", True)
    ]
    assert {e.code: e.outcome for e in report.entries} == {A: "changed", B: "changed"}

    report = import_file(database, nf.write_folder(tmp_path / "b3", nf.batch3()))
    assert set(_matters(database)) == {A, B}
    assert [(e.code, e.outcome) for e in report.entries] == [(C, "deleted")]
    with database.session() as session:  # the deleted matter stays in the archive (存档)
        assert session.scalar(select(func.count()).select_from(m.Revision).where(m.Revision.key == C)) == 1


def test_a_repeated_or_older_batch_changes_nothing(database, tmp_path: Path) -> None:
    folders = [nf.write_folder(tmp_path / f"b{i}", batch()) for i, batch in enumerate(nf.BATCHES, start=1)]
    for folder in folders:
        import_file(database, folder)
    before = _export_hash(database, tmp_path, "before")
    revisions = _count(database, m.Revision)
    for folder in folders:  # every batch again, oldest first
        report = import_file(database, folder)
        assert {e.outcome for e in report.entries} <= {"unchanged", "deleted"}
    assert _export_hash(database, tmp_path, "after") == before
    assert _count(database, m.Revision) == revisions
    assert C not in _matters(database)  # the insert of batch 1 does not bring back what batch 3 deleted


def test_one_folder_or_zip_holding_all_batches_gives_the_same_hall(tmp_path: Path) -> None:
    step_by_step = open_database(str(tmp_path / "steps.sqlite3"))
    for i, batch in enumerate(nf.BATCHES, start=1):
        import_file(step_by_step, nf.write_folder(tmp_path / f"b{i}", batch()))
    merged_folder = nf.write_folder(tmp_path / "all", nf.merged(*(batch() for batch in nf.BATCHES)))
    at_once = open_database(str(tmp_path / "once.sqlite3"))
    import_file(at_once, merged_folder)
    zipped = open_database(str(tmp_path / "zip.sqlite3"))
    report = import_file(zipped, nf.write_zip(tmp_path / "export.zip", merged_folder))
    assert "zip" in report.detected
    expected = _export_hash(step_by_step, tmp_path, "steps")
    assert _export_hash(at_once, tmp_path, "once") == expected
    assert _export_hash(zipped, tmp_path, "zip") == expected
    for database in (step_by_step, at_once, zipped):
        database.dispose()


def test_the_report_names_every_cleaning_skip_and_draft(database, tmp_path: Path) -> None:
    report = import_file(database, nf.write_folder(tmp_path / "b1", nf.batch1()))
    rows = report.rows()
    a_rows = [r for r in rows if r[0] == A]
    assert a_rows[[r[4] for r in a_rows].index("受理条件")][3:5] == ["清洗", "受理条件"]
    assert any(r[4] == "受理条件" and "去掉 HTML 标签" in r[5] and "accept_condition" in r[6] for r in a_rows)
    assert any(r[4] == "设定依据" and "还原 HTML 实体" in r[5] and "合并重复的「。」" in r[5] for r in a_rows)
    assert any(r[3] == "跳过" and r[4] == "材料 5" and "sssss" in r[5] for r in a_rows)
    assert any(r[3] == "转为草稿" and "结果样本" in r[5] for r in a_rows)
    assert any(r[3] == "映射" and "代码 01 → 行政许可" in r[5] for r in a_rows)
    html, csv_file = tmp_path / "r.html", tmp_path / "r.csv"
    report.write(html)
    report.write(csv_file)
    assert "去掉 HTML 标签" in html.read_text(encoding="utf-8") and "&lt;p&gt;" in html.read_text(encoding="utf-8")
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese
    assert "up_task_general_basic.csv 第2行" in csv_file.read_text(encoding="utf-8-sig")


def test_a_dry_run_reports_everything_and_writes_nothing(database, tmp_path: Path) -> None:
    report = import_file(database, nf.write_folder(tmp_path / "b1", nf.batch1()), dry_run=True)
    assert {e.outcome for e in report.entries} == {"new"} and report.dry_run
    assert _count(database, m.ServiceMatter) == 0
    assert _count(database, m.ExchangeRow) == 0


def test_text_values_and_text_companions_are_read_like_codes(database, tmp_path: Path) -> None:
    tables = nf.batch1()
    tables["up_task_general_basic"][1]["task_type"] = "行政确认"
    tables["up_task_general_basic"][2]["task_type"] = "99"
    tables["up_task_general_basic"][2]["task_type_TEXT"] = "行政检查"  # the province's own code, and its words
    import_file(database, nf.write_folder(tmp_path / "t", tables))
    matters = _matters(database)
    assert (matters[B].type, matters[C].type) == ("行政确认", "行政检查")


def _one_problem(caught: pytest.ExceptionInfo) -> str:
    problems = caught.value.problems if isinstance(caught.value, InvalidImport) else [caught.value]
    assert len(problems) == 1, problems
    return str(problems[0])


def test_bad_files_get_one_clear_message_and_change_nothing(database, tmp_path: Path) -> None:
    import_file(database, nf.write_folder(tmp_path / "b1", nf.batch1()))
    before = _export_hash(database, tmp_path, "before")
    rows = _count(database, m.ExchangeRow)

    gbk = nf.write_folder(tmp_path / "gbk", nf.batch2())
    text = (gbk / "up_task_general_basic.csv").read_text(encoding="utf-8")
    (gbk / "up_task_general_basic.csv").write_bytes(text.encode("gbk"))
    with pytest.raises(InvalidImport) as caught:
        import_file(database, gbk)
    assert "GBK" in _one_problem(caught) and "UTF-8" in _one_problem(caught)

    whole = nf.write_zip(tmp_path / "whole.zip", nf.write_folder(tmp_path / "b2", nf.batch2()))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(InvalidImport) as caught:
        import_file(database, cut)
    assert "不是完整的 zip 文件" in _one_problem(caught)

    bad_code = nf.batch2()
    bad_code["up_task_general_basic"][0]["task_type"] = "77"
    with pytest.raises(InvalidImport) as caught:
        import_file(database, nf.write_folder(tmp_path / "code", bad_code))
    message = _one_problem(caught)
    assert "up_task_general_basic.csv 第2行 task_type" in message and "'77'" in message and "01 行政许可" in message

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("nothing", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        import_file(database, empty)
    assert "国家标准交换表" in caught.value.message

    assert _export_hash(database, tmp_path, "after") == before
    assert _count(database, m.ExchangeRow) == rows


def test_a_value_too_large_is_located_at_its_file_row_and_column(database, tmp_path: Path) -> None:
    tables = nf.batch1()
    tables["up_task_general_material"][0]["page_num"] = "120"
    with pytest.raises(InvalidImport) as caught:
        import_file(database, nf.write_folder(tmp_path / "big", tables))
    message = _one_problem(caught)
    assert message.startswith("up_task_general_material.csv 第2行 page_num")
    assert "120" in message and "99" in message
    assert _count(database, m.ServiceMatter) == 0


def test_a_folder_copied_from_a_usb_disk_with_other_files_is_read(database, tmp_path: Path) -> None:
    folder = nf.write_folder(tmp_path / "usb" / "县政务数据", nf.batch1())
    (folder / "说明.docx").write_bytes(b"PK")
    shutil.copy(folder / "up_task_general_basic.csv", folder / ".~lock.up_task_general_basic.csv#")
    report = import_file(database, tmp_path / "usb")
    assert any("说明.docx" in n.why for n in report.general)
    assert len(_matters(database)) == 3
