"""A county's national exchange tables, written by the tests: three batches of a small township.

The columns are exactly those of the published table definitions (the ``CREATE TABLE``
statements of ``up_task_general_*``, and the 情形 tables ``dn_audit_item_condition`` /
``dn_audit_material_condition``); the content is invented for these tests. Batch 1 inserts three
matters, batch 2 updates one matter and one of its materials and adds a fee, batch 3 deletes a
matter.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

# The published columns, in the order of the definitions.
COLUMNS: dict[str, tuple[str, ...]] = {
    "up_task_general_basic": (
        "id", "accept_condition", "anticipate_day", "anticipate_explain", "anticipate_type", "app_is_single_login",
        "by_law", "catalog_code", "cd_batch", "cd_operation", "cd_time", "data_source", "dept_code", "dept_name",
        "dept_type", "entrust_name", "fee_basis", "handle_flow", "handle_type", "is_fee", "is_single_login",
        "limit_scene_num", "link_addr", "link_way", "local_catalog_code", "local_task_code", "mobile_terminal_url",
        "plan_cancel_date", "plan_effective_date", "power_source", "project_type", "promise_day", "promise_explain",
        "promise_type", "row_guid", "server_type", "special_procedure", "supervise_way", "task_code",
        "task_handle_item", "task_name", "task_state", "task_type", "task_version", "transact_addr",
        "transact_time", "use_level",
    ),
    "up_task_general_extend": (
        "id", "cd_batch", "cd_operation", "cd_time", "corp_character_topic_type", "corp_topic_type", "data_source",
        "extend_field", "handle_area", "is_entry_center", "is_express", "is_online", "is_pay_online", "is_schedule",
        "is_service_terminals", "limit_explain", "limit_scene_explain", "online_handle_depth", "online_handle_url",
        "other_dept", "result_guid", "result_name", "result_type", "row_guid", "service_type", "task_code",
        "task_guid", "task_handle_item", "town_code", "town_name", "user_character_topic_type", "user_topic_type",
        "village_code", "village_name",
    ),
    "up_task_general_material": (
        "id", "accept_stand", "by_law", "cd_batch", "cd_operation", "cd_time", "data_source", "example_guid",
        "fill_explain", "form_guid", "is_need", "material_format", "material_name", "material_type", "order_num",
        "page_format", "page_num", "remark", "row_guid", "source_explain", "source_type", "task_code", "task_guid",
        "task_handle_item",
    ),
    "up_task_general_fee_project": (
        "id", "by_law", "cd_batch", "cd_operation", "cd_time", "data_source", "desc_explain", "fee_name",
        "fee_stand", "is_desc", "order_num", "remark", "row_guid", "task_code", "task_guid", "task_handle_item",
    ),
    "up_task_general_questions": (
        "id", "answer", "cd_batch", "cd_operation", "cd_time", "data_source", "order_num", "question", "row_guid",
        "task_code", "task_guid", "task_handle_item",
    ),
    "dn_audit_item_condition": (
        "id", "row_guid", "task_guid", "condition_name", "condition_desc", "bs", "order_num", "area_code",
    ),
    "dn_audit_material_condition": (
        "id", "row_guid", "condition_guid", "material_guid", "condition_desc", "bs", "area_code",
    ),
}  # fmt: skip

B1, B2, B3 = "20240105000001", "20240210000002", "20240315000003"
T1, T2, T3 = "2024-01-05 09:00:00", "2024-02-10 09:00:00", "2024-03-15 09:00:00"
A_GUID, B_GUID, C_GUID = "task-a-0001", "task-b-0002", "task-c-0003"


def _basic(guid: str, code: str, name: str, **values: str) -> dict[str, str]:
    row = {
        "id": "1",
        "row_guid": guid,
        "task_code": code,
        "task_name": name,
        "task_type": "01",
        "dept_code": "11431122MB1234567X",
        "dept_name": "青石镇人民政府",
        "dept_type": "1",
        "server_type": "1",
        "by_law": "《中华人民共和国行政许可法》",
        "accept_condition": "申请人为本镇户籍居民。",
        "handle_flow": "1.申请\n2.受理\n3.审查\n4.决定",
        "project_type": "2",
        "anticipate_day": "20",
        "anticipate_type": "1",
        "anticipate_explain": "",
        "promise_day": "10",
        "promise_type": "1",
        "promise_explain": "不含公示时间",
        "is_fee": "0",
        "transact_addr": "青石镇便民服务中心一楼3号窗口",
        "transact_time": "工作日 上午8:30-12:00 下午14:30-17:30",
        "link_way": "0739-5821023",
        "supervise_way": "0739-5821012",
        "limit_scene_num": "1",
        "task_state": "1",
        "task_version": "1",
        "use_level": "4",
        "catalog_code": "000101001000",
        "data_source": "1",
        "power_source": "1",
        "special_procedure": "无",
        "app_is_single_login": "0",
        "is_single_login": "0",
        "cd_operation": "I",
        "cd_batch": B1,
        "cd_time": T1,
    }
    row.update(values)
    return row


def _child(table: str, guid: str, task: str, batch: str = B1, time: str = T1, op: str = "I", **values: str):
    row = {"id": "1", "row_guid": guid, "task_guid": task, "cd_operation": op, "cd_batch": batch, "cd_time": time,
           "data_source": "1"}  # fmt: skip
    if table in ("dn_audit_item_condition", "dn_audit_material_condition"):
        row = {"id": "1", "row_guid": guid, "bs": "1", "area_code": "431122"}
        if table == "dn_audit_item_condition":
            row["task_guid"] = task
    row.update(values)
    return row


def batch1() -> dict[str, list[dict[str, str]]]:
    """Three matters: A (a 行政许可 with two 情形 and HTML in its text), B (公共服务, one 情形), C (行政处罚)."""
    return {
        "up_task_general_basic": [
            _basic(
                A_GUID,
                "11431122MB1234567X4000101001000",
                "农村村民宅基地审批",
                accept_condition="<p>申请人为本村集体经济组织成员;</p><p>一户只能拥有一处宅基地。</p>",
                by_law="《中华人民共和国土地管理法》第六十二条&amp;amp;nbsp;农村村民一户只能拥有一处宅基地。。",
                link_way="咨询电话:0739-5821023;也可到镇便民服务中心3号窗口当面咨询",
            ),
            _basic(
                B_GUID,
                "11431122MB1234567X2000201002000",
                "高龄津贴申领",
                task_type="20",
                project_type="2",
                anticipate_day="20",
                promise_day="10",
                server_type="1",
                link_way="0739-5821023",
                supervise_way="0739-5821012",
            ),
            _basic(C_GUID, "11431122MB1234567X2000301003000", "对违法占用耕地建房的处罚", task_type="02"),
        ],
        "up_task_general_extend": [
            _child(
                "up_task_general_extend",
                "ext-a",
                A_GUID,
                is_online="1",
                online_handle_url="https://zwfw.example.gov.cn/zjd",
                limit_scene_explain="需现场核验宅基地四至",
                result_name="农村宅基地批准书",
                result_guid="file-0001",
                is_entry_center="1",
                is_express="0",
                is_pay_online="0",
                result_type="10",
                task_code="11431122MB1234567X4000101001000",
            ),
            _child(
                "up_task_general_extend",
                "ext-b",
                B_GUID,
                is_online="0",
                limit_scene_explain="须本人到场核验身份",
                result_name="",
                is_entry_center="1",
                is_express="0",
                is_pay_online="0",
                result_type="99",
                task_code="11431122MB1234567X2000201002000",
            ),
        ],
        "up_task_general_material": [
            _child(
                "up_task_general_material",
                "mat-a1",
                A_GUID,
                material_name="农村宅基地和建房(规划许可)申请表",
                order_num="1",
                is_need="1",
                material_type="2",
                material_format="1",
                page_num="1",
                page_format="A4",
                source_type="1",
                fill_explain="用黑色签字笔填写",
                accept_stand="填写完整、签字齐全",
            ),
            _child(
                "up_task_general_material",
                "mat-a2",
                A_GUID,
                material_name="申请人居民身份证",
                order_num="2",
                is_need="1",
                material_type="1",
                material_format="1",
                page_num="1",
                page_format="A4",
                source_type="2",
                source_explain="公安机关核发",
            ),
            _child(
                "up_task_general_material",
                "mat-a3",
                A_GUID,
                material_name="授权委托书",
                order_num="3",
                is_need="1",
                material_type="2",
                material_format="1",
                page_num="1",
                page_format="A4",
                source_type="1",
            ),
            _child(
                "up_task_general_material",
                "mat-a4",
                A_GUID,
                material_name="继承公证书",
                order_num="4",
                is_need="3",
                material_type="1",
                material_format="3",
                page_num="2",
                page_format="",
                source_type="3",
                remark="因继承申请时提供",
            ),
            _child("up_task_general_material", "mat-a5", A_GUID, material_name="sssss ", order_num="5", is_need="0"),
            _child(
                "up_task_general_material",
                "mat-b1",
                B_GUID,
                material_name="申请人居民身份证",
                order_num="1",
                is_need="1",
                material_type="1",
                material_format="1",
                page_num="1",
                source_type="2",
            ),
            _child(
                "up_task_general_material",
                "mat-b2",
                B_GUID,
                material_name="代办人身份证",
                order_num="2",
                is_need="1",
                material_type="1",
                material_format="1",
                page_num="1",
                source_type="2",
            ),
            _child(
                "up_task_general_material",
                "mat-c1",
                C_GUID,
                material_name="现场勘验笔录",
                order_num="1",
                is_need="1",
                material_type="3",
                material_format="1",
                page_num="1",
                source_type="3",
            ),
        ],
        "up_task_general_questions": [
            _child(
                "up_task_general_questions",
                "q-a1",
                A_GUID,
                question="宅基地面积有什么限制?",
                answer="每户宅基地面积不超过本省规定的标准。",
                order_num="1",
            ),
        ],
        "up_task_general_fee_project": [],
        "dn_audit_item_condition": [
            _child(
                "dn_audit_item_condition",
                "cond-a1",
                A_GUID,
                condition_name="委托他人代办",
                order_num="1",
                condition_desc="申请人委托他人到窗口办理",
            ),
            _child("dn_audit_item_condition", "cond-a2", A_GUID, condition_name="因继承申请", order_num="2"),
            _child("dn_audit_item_condition", "cond-b1", B_GUID, condition_name="委托他人代领", order_num="1"),
        ],
        "dn_audit_material_condition": [
            _child("dn_audit_material_condition", "link-1", "", condition_guid="cond-a1", material_guid="mat-a3"),
            _child("dn_audit_material_condition", "link-2", "", condition_guid="cond-a2", material_guid="mat-a4"),
            _child("dn_audit_material_condition", "link-3", "", condition_guid="cond-b1", material_guid="mat-b2"),
        ],
    }


def batch2() -> dict[str, list[dict[str, str]]]:
    """Updates A (承诺时限 10 → 5) and its material a2 (2 copies), adds a fee to B."""
    update_a = batch1()["up_task_general_basic"][0] | {
        "promise_day": "5",
        "cd_operation": "U",
        "cd_batch": B2,
        "cd_time": T2,
    }
    material = batch1()["up_task_general_material"][1] | {
        "page_num": "2",
        "cd_operation": "U",
        "cd_batch": B2,
        "cd_time": T2,
    }
    b_charged = batch1()["up_task_general_basic"][1] | {
        "is_fee": "1",
        "cd_operation": "U",
        "cd_batch": B2,
        "cd_time": T2,
    }
    fee = _child("up_task_general_fee_project", "fee-b1", B_GUID, batch=B2, time=T2, fee_name="工本费",
                 fee_stand="每证10元", by_law="湘价费〔2020〕1号", is_desc="1", desc_explain="低保对象免收",
                 order_num="1")  # fmt: skip
    return {
        "up_task_general_basic": [update_a, b_charged],
        "up_task_general_material": [material],
        "up_task_general_fee_project": [fee],
    }


def batch3() -> dict[str, list[dict[str, str]]]:
    """Deletes C."""
    delete_c = batch1()["up_task_general_basic"][2] | {"cd_operation": "D", "cd_batch": B3, "cd_time": T3}
    return {"up_task_general_basic": [delete_c]}


def write_folder(folder: Path, tables: dict[str, list[dict[str, str]]]) -> Path:
    """One UTF-8 CSV per table, named after it, with every published column (and any extra one a
    row carries, such as a province's ``*_TEXT`` companion)."""
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in tables.items():
        extra = sorted({k for row in rows for k in row} - set(COLUMNS[table]))
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=(*COLUMNS[table], *extra))
            writer.writeheader()
            for row in rows:
                writer.writerow({c: row.get(c, "") for c in (*COLUMNS[table], *extra)})
    return folder


def merged(*batches: dict[str, list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    """Several batches' rows in one file per table."""
    out: dict[str, list[dict[str, str]]] = {}
    for batch in batches:
        for table, rows in batch.items():
            out.setdefault(table, []).extend(rows)
    return out


def write_zip(path: Path, folder: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, f"export/{file.name}")
    return path


BATCHES = (batch1, batch2, batch3)
