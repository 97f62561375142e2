"""The Excel exchange format: lossless round trip, problems at sheet/row/column, hostile files refused."""

from __future__ import annotations

import base64
import datetime as dt
import io
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest

from kiosk.data.exchange import xlsxfile
from kiosk.data.exchange.xlsx_sheets import SHEETS
from kiosk.data.schema import (
    BoardDoc,
    BundleDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    FaqDoc,
    FeeDoc,
    FileDoc,
    HallDoc,
    MaterialDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    ScenarioDoc,
    StaffDoc,
    StepDoc,
    ThemeDoc,
    TimeLimit,
    WindowDoc,
)
from kiosk.errors import InvalidImport, UserError

SHEET_NAMES = [
    "大厅",
    "公开栏",
    "公开内容",
    "主题",
    "部门",
    "事项",
    "流程",
    "收费",
    "问答",
    "情形",
    "材料",
    "材料情形",
    "法律依据",
    "办理窗口",
    "窗口",
    "人员",
    "通知公告",
    "投诉渠道",
    "投诉处理结果",
    "预公开",
    "附件",
]


def _file(name: str, size: int, media_type: str = "image/png") -> FileDoc:
    data = (bytes(range(256)) * (size // 256 + 1))[:size]
    return FileDoc(filename=name, media_type=media_type, data_base64=base64.b64encode(data).decode())


def _matter(code: str, name: str, **fields: object) -> MatterDoc:
    values: dict[str, object] = {
        "code": code,
        "name": name,
        "type": "公共服务",
        "department": "rs",
        "handling_kind": "即办件",
        "legal_limit": TimeLimit(value=0),
        "promised_limit": TimeLimit(value=0),
        **fields,
    }
    return MatterDoc.model_validate(values)


def _bundle() -> BundleDoc:
    big_form = _file("申请表.pdf", 35_000, "application/pdf")
    assert len(big_form.data_base64) > 40_000
    pension = _matter(
        "M001",
        "城乡居民基本养老保险参保登记",
        service_objects=["自然人", "法人"],
        legal_basis="《中华人民共和国社会保险法》第二十条\n《国务院关于建立统一的城乡居民基本养老保险制度的意见》",
        conditions="年满16周岁(不含在校学生);\n非国家机关和事业单位工作人员。",
        steps=[
            StepDoc(title="申请", description="携带材料到1号窗口"),
            StepDoc(title="受理", description=""),
            StepDoc(title="办结", description="当场办结,发放参保凭证"),
        ],
        handling_kind="承诺件",
        legal_limit=TimeLimit(value=20, unit="工作日", note="自受理之日起"),
        promised_limit=TimeLimit(value=5, unit="自然日"),
        charges=True,
        fee_statement="",
        fees=[
            FeeDoc(
                name="工本费",
                standard="每证10元",
                basis="湘价费〔2020〕1号",
                reducible=True,
                reduction_basis="低保免收",
            ),
            FeeDoc(name="=1+1", standard="#N/A"),
        ],
        location="便民服务大厅一楼",
        window="1号窗口",
        hours="工作日 8:30-17:30",
        open_on_holidays=True,
        consult_phone="0739-5550101",
        complaint_phone="0739-5550199",
        result_name="参保登记信息",
        result_sample="《参保登记表》样本",
        result_sample_file=_file("样本.png", 500),
        visits=1,
        visits_reason="需核验本人身份",
        online=True,
        online_url="https://example.gov.cn/m001",
        faq=[FaqDoc(question="可以代办吗?", answer="可以,需带委托书。"), FaqDoc(question="要钱吗?", answer="不要。")],
        themes=["pension", "001"],
        scenarios=[
            ScenarioDoc(code="agent", question="是否委托他人代办?", options=["是", "否"]),
            ScenarioDoc(code="age", question="年龄段", options=["16-59周岁", "60周岁以上", "其他"]),
        ],
        materials=[
            MaterialDoc(name="居民身份证", kind="证件证书证明", original_or_copy="原件和复印件", copies=2),
            MaterialDoc(
                name="授权委托书",
                kind="申请表格文书",
                paper_size="",
                blank_form=big_form,
                sample_form=_file("样表.png", 100),
                fill_instructions="用黑色签字笔填写\n不得涂改",
                when={"agent": ["是"], "age": ["60周岁以上", "其他"]},
            ),
            MaterialDoc(name="代办人身份证", necessity="容缺后补", copies=0, when={"agent": ["是"]}),
        ],
        effective_from=dt.date(2026, 1, 1),
        effective_until=dt.date(2027, 12, 31),
        is_sample=True,
        sort=1,
    )
    minimal = _matter("M002", "老年人优待证办理", service_objects=[], sort=2)
    draft = _matter(
        "M003",
        "临时救助申请",
        type="行政给付",
        department="mz",
        steps=[StepDoc(title="申请")],
        materials=[MaterialDoc(name="申请书", notes="手写亦可")],
        status="draft",
        sort=3,
    )
    return BundleDoc(
        hall=HallDoc(
            name="测试镇便民服务大厅",
            short_name="测试镇",
            address="测试镇人民路1号",
            opening_hours="工作日 8:30-17:30",
            consult_phone="0739-5550100",
            complaint_phone="0739-5550199",
            intro="第一段\n\n### 第二段\n第三行",
            logo=_file("logo.png", 64),
            is_sample=True,
            boards=[BoardDoc(code="外墙1", title="为民便民利民", sort=1), BoardDoc(code="外墙2", sort=2)],
        ),
        disclosures=[
            DisclosureDoc(key="d1", title="政务公开制度", body="一、公开原则\n\n二、公开内容", board="外墙1", sort=1),
            DisclosureDoc(
                key="d2",
                title="内部财务收支情况",
                body="对内公开",
                board="外墙2",
                audience="staff",
                cadence="逐段",
                status="pre_disclosure",
                publish_from=dt.datetime(2026, 3, 1, 8, 0),
                publish_until=dt.datetime(2026, 3, 31, 17, 30, 15),
                sort=2,
            ),
        ],
        themes=[
            ThemeDoc(code="pension", name="养老保险", icon="pension", sort=1),
            ThemeDoc(code="001", name="社会救助", sort=2),
        ],
        departments=[
            DepartmentDoc(code="rs", name="镇人力资源和社会保障服务站", phone="0739-5550102", sort=1),
            DepartmentDoc(code="mz", name="镇民政办"),
        ],
        matters=[pension, minimal, draft],
        windows=[
            WindowDoc(code="W1", name="1号窗口 社会保障", duties="社保\n医保", sort=1),
            WindowDoc(code="W2", name="2号"),
        ],
        staff=[
            StaffDoc(code="S01", name="王丽", position="窗口负责人", window="W1", photo=_file("wl.png", 200), sort=1),
            StaffDoc(code="S02", name="李强", active=False, sort=2),
        ],
        notices=[NoticeDoc(key="n1", title="国庆节放假通知", body="正文", publish_from=dt.datetime(2026, 9, 20, 8))],
        complaint_channels=[
            ComplaintChannelDoc(kind="电话", label="监督投诉电话", value="0739-5550199", sort=1),
            ComplaintChannelDoc(kind="来访", label="当面投诉", value="", note="大厅值班室", sort=2),
        ],
        complaint_results=[
            ComplaintResultDoc(
                key="r1", title="关于窗口等候时间的投诉", received_on=dt.date(2026, 2, 3), result="已整改"
            )
        ],
        pre_disclosures=[
            PreDisclosureDoc(key="p1", title="大厅改造方案", plan="方案全文", opinions_until=dt.date(2026, 5, 1)),
            PreDisclosureDoc(key="p2", title="无截止日期", status="archived"),
        ],
    )


def _problems(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(InvalidImport) as caught:
        xlsxfile.read(path)
    return [(p.where, p.message) for p in caught.value.problems]


def _workbook(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row in rows:
            worksheet.append(row)
    workbook.save(path)
    return path


def _edit(path: Path, sheet: str, edits: dict[tuple[int, str], object]) -> None:
    """Set cells by (row, header) as an admin would in Excel."""
    workbook = openpyxl.load_workbook(path)
    worksheet = workbook[sheet]
    columns = {cell.value: cell.column for cell in worksheet[1]}
    for (row, header), value in edits.items():
        worksheet.cell(row=row, column=columns[header]).value = value
    workbook.save(path)


def test_round_trip_is_lossless(tmp_path: Path) -> None:
    bundle = _bundle()
    path = tmp_path / "hall.xlsx"
    xlsxfile.write(bundle, path)
    read, _locate = xlsxfile.read(path)
    assert read == bundle
    assert read.matters[0].materials[1].blank_form == bundle.matters[0].materials[1].blank_form
    assert read.matters[0].fee_statement == ""  # not the default 「不收费」
    assert read.matters[1].service_objects == []  # not the default 「自然人」


def test_big_attachment_is_cut_into_chunks_that_fit_a_cell(tmp_path: Path) -> None:
    path = tmp_path / "hall.xlsx"
    xlsxfile.write(_bundle(), path)
    worksheet = openpyxl.load_workbook(path)["附件"]
    rows = [
        row
        for row in worksheet.iter_rows(min_row=2, values_only=True)
        if row[0] == "matters[0].materials[1].blank_form"
    ]
    assert [row[3] for row in rows] == [1, 2]
    assert all(len(row[4]) <= 30_000 for row in rows)


def test_workbook_has_chinese_sheets_with_bold_frozen_headers(tmp_path: Path) -> None:
    path = tmp_path / "hall.xlsx"
    xlsxfile.write(_bundle(), path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEET_NAMES
    headers = {name: [cell.value for cell in workbook[name][1]] for name in SHEET_NAMES}
    assert headers["材料"][:4] == ["事项编码", "序号", "材料名称", "必要性"]
    assert "份数" in headers["材料"]
    assert headers["问答"] == ["事项编码", "序号", "问题", "回答"]
    assert headers["材料情形"] == ["事项编码", "材料序号", "情形编码", "选项"]
    assert {"法定时限", "法定时限单位", "法定时限说明", "承诺时限", "主题", "服务对象"} <= set(headers["事项"])
    for name in SHEET_NAMES:
        worksheet = workbook[name]
        assert worksheet.freeze_panes == "A2"
        assert worksheet["A1"].font.bold
        assert worksheet.column_dimensions["A"].width >= 9
    matters = workbook["事项"]
    row = {h: c.value for h, c in zip(headers["事项"], matters[2], strict=True)}
    assert row["主题"] == "pension、001"
    assert row["服务对象"] == "自然人、法人"
    assert row["网上办理"] == "是"
    assert row["生效日期"] == "2026-01-01"
    fee = workbook["收费"]["C3"]
    assert fee.value == "=1+1" and fee.data_type == "s"  # text, not a formula


def test_every_document_field_has_a_column_or_its_own_sheet() -> None:
    """A field added to the schema but not to the sheets would silently vanish on export."""
    elsewhere = {
        "boards",
        "logo",
        "steps",
        "fees",
        "faq",
        "scenarios",
        "materials",
        "result_sample_file",
        "when",
        "blank_form",
        "sample_form",
        "photo",
        "laws",
        "service_windows",
    }
    for sheet in SHEETS:
        if sheet.model is None:
            continue
        covered = {c.field.split(".")[0] for c in sheet.columns}
        assert set(sheet.model.model_fields) - covered <= elsewhere, sheet.name


def test_thousand_material_rows_with_three_bad_cells_report_exactly_those_three(tmp_path: Path) -> None:
    materials = [MaterialDoc(name=f"材料{n}") for n in range(1, 1001)]
    bundle = BundleDoc(matters=[_matter("M001", "大事项", materials=materials)])
    path = tmp_path / "big.xlsx"
    xlsxfile.write(bundle, path)
    _edit(path, "材料", {(101, "份数"): "三", (502, "必要性"): "随便", (903, "材料名称"): None})
    problems = _problems(path)
    assert [where for where, _ in problems] == ["材料!第101行 份数", "材料!第502行 必要性", "材料!第903行 材料名称"]
    assert problems[0][1] == "应为整数,而不是 '三'"  # the bad value is repeated
    assert "随便" in problems[1][1] and "容缺后补" in problems[1][1]
    assert problems[2][1] == "缺少必填项"


def test_unknown_header_and_unknown_sheet_are_reported(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "typo.xlsx",
        {"主题": [["编码", "名称", "图示"], ["t1", "养老", "x"]], "Sheet1": [["随便"]]},
    )
    problems = _problems(path)
    assert ("主题!第1行 图示", problems[0][1]) in problems
    assert "无法识别的列「图示」" in problems[0][1]
    assert problems[1][0] == "Sheet1" and "无法识别的工作表" in problems[1][1]
    assert len(problems) == 2


def test_missing_required_column_is_reported_once(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "nocode.xlsx", {"主题": [["名称"], ["养老"], ["救助"], ["医保"]]})
    assert _problems(path) == [("主题!第1行 编码", "缺少必填列「编码」")]


def test_subset_file_with_only_themes_reads_only_themes(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "themes.xlsx", {"主题": [["编码", "名称", "排序"], ["t1", "养老", 1], [None], ["t2", "救助"]]}
    )
    bundle, _locate = xlsxfile.read(path)
    assert bundle == BundleDoc(themes=[ThemeDoc(code="t1", name="养老", sort=1), ThemeDoc(code="t2", name="救助")])


def test_excel_booleans_dates_and_typed_numbers_are_accepted(tmp_path: Path) -> None:
    header: list[object] = ["编码", "姓名", "电话", "在岗"]
    staff: list[list[object]] = [
        ["S1", "甲", 13812345678, "否"],
        ["S2", "乙", None, "false"],
        ["S3", "丙", None, 0],
        ["S4", "丁", None, True],
    ]
    pre: list[list[object]] = [
        ["编码", "标题", "意见截止日期", "发布开始"],
        ["p1", "方案", dt.datetime(2026, 5, 1), "2026-04-01 08:00"],
    ]
    path = _workbook(tmp_path / "typed.xlsx", {"人员": [header, *staff], "预公开": pre})
    bundle, _locate = xlsxfile.read(path)
    assert [s.active for s in bundle.staff] == [False, False, False, True]
    assert bundle.staff[0].phone == "13812345678"
    assert bundle.pre_disclosures[0].opinions_until == dt.date(2026, 5, 1)
    assert bundle.pre_disclosures[0].publish_from == dt.datetime(2026, 4, 1, 8, 0)


def test_a_number_in_a_date_column_is_a_problem_not_a_1970_date(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "n.xlsx", {"预公开": [["编码", "标题", "意见截止日期"], ["p1", "方案", 46000]]})
    assert _problems(path) == [("预公开!第2行 意见截止日期", "应为日期,例如 2026-01-31")]


def test_rows_naming_no_matter_or_no_material_are_reported_on_their_row(tmp_path: Path) -> None:
    path = tmp_path / "hall.xlsx"
    xlsxfile.write(_bundle(), path)
    _edit(path, "流程", {(3, "事项编码"): "M999"})
    _edit(path, "材料情形", {(2, "材料序号"): 9, (3, "选项"): "也许"})
    problems = _problems(path)
    assert [where for where, _ in problems] == ["流程!第3行 事项编码", "材料情形!第2行 材料序号", "材料情形!第3行 选项"]
    assert "M999" in problems[0][1]
    assert "也许" in problems[2][1]


def test_locate_maps_json_paths_to_sheet_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "hall.xlsx"
    xlsxfile.write(_bundle(), path)
    _bundle_read, locate = xlsxfile.read(path)
    assert locate("matters[1].themes[0]") == "事项!第3行 主题"
    assert locate("matters[2].department") == "事项!第4行 部门编码"
    assert locate("matters[0].legal_limit.unit") == "事项!第2行 法定时限单位"
    assert locate("disclosures[1].board") == "公开内容!第3行 公开栏"
    assert locate("staff[1].code") == "人员!第3行 编码"
    assert locate("hall.boards[1].code") == "公开栏!第3行 编码"
    assert locate("matters[0].materials[2].name") == "材料!第4行 材料名称"
    assert locate("matters[0].materials[1].when.agent[0]").startswith("材料情形!第")
    assert locate("matters[0].materials[1].blank_form.filename").startswith("附件!第")
    assert locate("windows[7].code") == "windows[7].code"


def test_options_containing_the_separator_are_written_one_per_line(tmp_path: Path) -> None:
    options = ["已认定的特困、低保等救助对象", "因病致贫重病患者(需认定)"]
    material = MaterialDoc(name="低保证", when={"category": [options[0]]})
    matter = _matter(
        "M1",
        "事项",
        scenarios=[ScenarioDoc(code="category", question="申请人属于", options=options)],
        materials=[material],
    )
    bundle = BundleDoc(matters=[matter])
    path = tmp_path / "options.xlsx"
    xlsxfile.write(bundle, path)
    assert openpyxl.load_workbook(path)["情形"]["E2"].value == "\n".join(options)
    assert xlsxfile.read(path)[0] == bundle


def test_write_refuses_a_list_item_with_a_line_break(tmp_path: Path) -> None:
    bundle = BundleDoc(
        matters=[_matter("M1", "事项", scenarios=[ScenarioDoc(code="s", question="问", options=["甲\n乙", "丙"])])]
    )
    with pytest.raises(UserError, match="情形!第2行 选项"):
        xlsxfile.write(bundle, tmp_path / "x.xlsx")


def test_openpyxl_parses_xml_through_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">\n' for n in range(1, 10)
    )
    + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def test_xml_bomb_is_rejected_quickly(tmp_path: Path) -> None:
    normal = tmp_path / "normal.xlsx"
    xlsxfile.write(_bundle(), normal)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(normal) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member, BILLION_LAUGHS if member.filename == "xl/worksheets/sheet1.xml" else data)
    start = time.monotonic()
    problems = _problems(bomb)
    assert time.monotonic() - start < 5
    assert len(problems) == 1
    assert problems[0] == ("bomb.xlsx", "文件含有 XML 实体或文档类型定义(可能是恶意构造的文件),已拒绝读取")


def test_a_file_that_is_not_a_zip_is_rejected_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"name,code\n\xe5\x85\xbb\xe8\x80\x81,t1\n")
    [(where, message)] = _problems(path)
    assert where == "fake.xlsx" and "不是有效的 .xlsx 文件" in message


def test_a_zip_that_is_not_a_workbook_is_rejected_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    [(where, message)] = _problems(path)
    assert where == "other.xlsx" and "无法读取 Excel 文件" in message


def test_zip_with_too_many_members_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(201):
            archive.writestr(f"x/{n}.xml", "<a/>")
    [(where, message)] = _problems(path)
    assert where == "many.xlsx" and "201" in message


def test_zip_bomb_member_is_rejected_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "zipbomb.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (11 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())
    [(where, message)] = _problems(path)
    assert where == "zipbomb.xlsx" and "压缩比" in message


def test_demo_hall_round_trips(tmp_path: Path, demo_bundle_doc: BundleDoc) -> None:
    path = tmp_path / "demo.xlsx"
    xlsxfile.write(demo_bundle_doc, path)
    assert xlsxfile.read(path)[0] == demo_bundle_doc
