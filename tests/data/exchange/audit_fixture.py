"""Provincial AUDIT_* JSON written by the tests, shaped like the Epoint platforms' item interface.

Two pages of a paged answer (``STATUS`` + ``data.list[]``), the first with upper-case keys and the
second with lower-case keys and ``*_TEXT`` companions; texts carry HTML and entities as real
exports do. The content is invented. ``generated(n)`` makes an export of ``n`` matters for the
timing test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GUIDE_A = "aud-task-0001"
GUIDE_B = "aud-task-0002"
CODE_A = "11450721MB1558081X4000104002000"
CODE_B = "11450721MB1558081X2000201003000"


def _upper(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k).upper(): _upper(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_upper(v) for v in node]
    return node


def item_a() -> dict[str, Any]:
    """A 行政许可 with two 情形, two windows, two laws, HTML and entities — keys in upper case."""
    guid = GUIDE_A
    return _upper(
        {
            "AUDIT_ITEM": {
                "rowguid": guid,
                "task_code": CODE_A,
                "task_name": "林木采伐许可证核发",
                "task_type": "01",
                "dept_code": "11450721MB1558081X",
                "dept_name": "青石镇林业站",
                "serve_type": "1,2",
                "project_type": "2",
                "anticipate_day": "20",
                "anticipate_type": "1",
                "anticipate_day_explain": "&lt;p&gt;自受理之日起20个工作日&lt;/p&gt;",
                "promise_day": 10,
                "promise_type": "1",
                "promise_day_explain": "无",
                "is_fee": "0",
                "accept_condition": "<p>申请人拥有林木所有权。<br/>采伐林木在批准的限额内。</p>",
                "accept_std": "一、审查方式:书面审查。<br>二、审查标准:材料齐全、符合法定形式。",
                "handle_flow": "1.申请 2.受理 3.审查 4.决定 5.送达",
                "link_way": "0777-6428820",
                "supervise_way": "0777-6428880",
                "reconsiderat": "对决定不服的,可以自知道之日起六十日内向县人民政府申请行政复议。",
                "litigation": "也可以自知道之日起六个月内向县人民法院提起行政诉讼。",
                "limit_scene_num": "1",
                "task_state": "1",
                "by_law": "《中华人民共和国森林法》第五十六条",
            },
            "AUDIT_ITEM_EXTEND": {
                "task_guid": guid,
                "result_name": "林木采伐许可证",
                "scene_reason": "须现场核验采伐地点",
                "handle_online_address": "http://zwfw.example.gov.cn/lmcf",
                "is_online_handle": "1",
            },
            "AUDIT_MATERIAL": [
                {
                    "rowguid": "am-1",
                    "materialid": "mid-1",
                    "task_guid": guid,
                    "material_name": "林木采伐申请表",
                    "ordernum": 1,
                    "is_need": "1",
                    "material_form": "1",
                    "material_type": "2",
                    "source_type": "10",
                    "source_explain": "申请人自备",
                    "page_format": "A4",
                    "page_num": 1,
                    "original_amount": 1,
                    "copy_amount": 0,
                    "sign_ask": "申请人签字并按手印",
                    "accept_stand": "内容真实、填写完整",
                    "fill_explian": "用黑色签字笔填写",
                    "by_law": "《森林法实施条例》",
                    "remark": "无",
                },
                {
                    "rowguid": "am-2",
                    "materialid": "mid-2",
                    "task_guid": guid,
                    "material_name": "林权证",
                    "ordernum": 2,
                    "is_need": "1",
                    "material_form": "1",
                    "material_type": "1",
                    "source_type": "20",
                    "page_num": 2,
                    "original_amount": 1,
                    "copy_amount": 1,
                    "sign_ask": "",
                },
                {
                    "rowguid": "am-3",
                    "materialid": "mid-3",
                    "task_guid": guid,
                    "material_name": "授权委托书",
                    "ordernum": 3,
                    "is_need": "1",
                    "material_form": "1",
                    "material_type": "2",
                    "source_type": "10",
                    "page_num": 1,
                    "original_amount": 1,
                    "copy_amount": 0,
                },
                {
                    "rowguid": "am-4",
                    "materialid": "mid-4",
                    "task_guid": guid,
                    "material_name": "营业执照",
                    "ordernum": 4,
                    "is_need": "1",
                    "material_form": "3",
                    "material_type": "1",
                    "source_type": "20",
                    "page_num": 1,
                    "original_amount": 0,
                    "copy_amount": 1,
                },
                {"rowguid": "am-5", "task_guid": guid, "material_name": "测试", "ordernum": 5},
            ],
            "AUDIT_ITEM_CONDITION": [
                {"rowguid": "ac-1", "task_guid": guid, "condition_name": "委托他人办理", "ordernum": 1},
                {"rowguid": "ac-2", "task_guid": guid, "condition_name": "申请人为企业", "ordernum": 2},
            ],
            "AUDIT_MATERIAL_CONDITION": [
                {"rowguid": "amc-1", "task_guid": guid, "condition_guid": "ac-1", "material_guid": "mid-3"},
                {"rowguid": "amc-2", "task_guid": guid, "condition_guid": "ac-2", "material_guid": "mid-4"},
            ],
            "AUDIT_ITEM_WINDOW": [
                {
                    "task_guid": guid,
                    "window_name": "综合窗口3号",
                    "transact_addr": "青石镇便民服务中心一楼",
                    "window_tel": "0777-6428820",
                    "transact_time": "工作日:上午9:00-12:00,下午14:00-17:00",
                    "traffic_info": "乘1路公交车到镇政府站下车,向东步行100米",
                    "map_url": "https://map.example.com/qsz",
                    "ordernumber": 1,
                },
                {
                    "task_guid": guid,
                    "window_name": "林业站服务窗口",
                    "transact_addr": "青石镇林业站二楼",
                    "window_tel": "0777-6428821",
                    "ordernumber": 2,
                },
            ],
            "AUDIT_QA": [
                {"task_guid": guid, "question": "采伐证有效期多长?", "answer": "一般不超过一年。", "ordernum": 1},
            ],
            "AUDIT_ITEM_BYLAW": [
                {
                    "task_guid": guid,
                    "law_name": "《中华人民共和国森林法》",
                    "law_number": "主席令第三十九号",
                    "clause_number": "第五十六条",
                    "clause_content": "采伐林地上的林木应当申请采伐许可证,并按照采伐许可证的规定进行采伐。",
                    "ordernum": 1,
                },
                {
                    "task_guid": guid,
                    "law_name": "《森林法实施条例》",
                    "law_number": "国务院令第278号",
                    "clause_number": "第三十二条",
                    "clause_content": "采伐林木,必须申请采伐许可证。",
                    "ordernum": 2,
                },
            ],
        }
    )


def item_b() -> dict[str, Any]:
    """A 公共服务 in lower case, with *_TEXT companions (codes of the province's own tables)."""
    guid = GUIDE_B
    return {
        "audit_item": {
            "rowguid": guid,
            "task_code": CODE_B,
            "task_name": "残疾人两项补贴申请",
            "task_type": "99",
            "task_type_TEXT": "公共服务",
            "dept_code": "11450721MB1558081X",
            "dept_name": "青石镇林业站",
            "serve_type": "1",
            "serve_type_TEXT": "自然人",
            "project_type": "2",
            "project_type_TEXT": "承诺件",
            "anticipate_day": 15,
            "anticipate_type": "1",
            "promise_day": 10,
            "promise_type": "1",
            "is_fee": "N",
            "link_way": "0777-6428830",
            "supervise_way": "0777-6428880",
            "limit_scene_num": 0,
            "transact_addr": "青石镇便民服务中心",
            "transact_time": "工作日",
        },
        "audit_item_extend": {"task_guid": guid, "result_name": ""},
        "audit_material": [
            {
                "rowguid": "bm-1",
                "task_guid": guid,
                "material_name": "残疾人证",
                "ordernum": 1,
                "is_need": "1",
                "is_need_TEXT": "必要",
                "material_form": "1",
                "source_type": "20",
                "page_num": 1,
            },
        ],
        "audit_item_condition": [],
        "audit_material_condition": [],
    }


def pages() -> list[dict[str, Any]]:
    """Two pages of the interface's answer, saved one after the other in a JSON array."""
    return [
        {"STATUS": {"CODE": "00", "TEXT": ""}, "data": {"LASTTIMESTAMP": 1700000000000, "RETURNITEMSUNNUM": 1,
                                                       "list": [item_a()]}},
        {"status": {"code": "00", "text": ""}, "DATA": {"lasttimestamp": 1700000000000, "returnitemsunnum": 1,
                                                       "LIST": [item_b()]}},
    ]  # fmt: skip


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def generated(n: int) -> dict[str, Any]:
    """A flat export (lists of every table, under CUSTOM) of ``n`` matters with 8 materials and 2 情形 each."""
    items, materials, conditions, links, windows, laws, qa = [], [], [], [], [], [], []
    for i in range(n):
        guid = f"gen-{i:06d}"
        items.append({
            "rowguid": guid, "task_code": f"GEN{i:06d}", "task_name": f"生成事项第{i}号<br>(测试&amp;nbsp;数据)",
            "task_type": "01" if i % 2 else "20", "dept_code": f"DEPT{i % 40:02d}", "dept_name": f"部门{i % 40}",
            "serve_type": "1", "project_type": "2", "anticipate_day": "20", "anticipate_type": "1",
            "promise_day": "10", "promise_type": "1", "is_fee": "0", "link_way": "0777-6428820",
            "supervise_way": "0777-6428880", "limit_scene_num": "1", "accept_condition": "<p>符合条件。</p>",
            "handle_flow": "1.申请 2.受理 3.决定", "task_state": "1",
        })  # fmt: skip
        for j in range(8):
            materials.append({
                "rowguid": f"{guid}-m{j}", "task_guid": guid, "material_name": f"材料{j}号",
                "ordernum": j, "is_need": "1", "material_form": "1", "source_type": "10", "page_num": 1,
                "original_amount": 1, "copy_amount": j % 2, "accept_stand": "真实有效&nbsp;",
            })  # fmt: skip
        conditions += [
            {"rowguid": f"{guid}-c1", "task_guid": guid, "condition_name": "委托他人办理", "ordernum": 1},
            {"rowguid": f"{guid}-c2", "task_guid": guid, "condition_name": "本人办理", "ordernum": 2},
        ]
        links.append({"rowguid": f"{guid}-l1", "task_guid": guid, "condition_guid": f"{guid}-c1",
                      "material_guid": f"{guid}-m7"})  # fmt: skip
        windows.append({"task_guid": guid, "window_name": "综合窗口", "transact_addr": "便民服务中心一楼",
                        "traffic_info": "乘1路公交", "map_url": "https://map.example.com/x"})  # fmt: skip
        laws.append(
            {"task_guid": guid, "law_name": "《某某条例》", "clause_number": "第三条", "clause_content": "条文"}
        )
        qa.append({"task_guid": guid, "question": "要多久?", "answer": "十个工作日。"})
    return {
        "STATUS": {"CODE": "00", "TEXT": ""},
        "CUSTOM": {
            "AUDIT_ITEM": items,
            "AUDIT_MATERIAL": materials,
            "AUDIT_ITEM_CONDITION": conditions,
            "AUDIT_MATERIAL_CONDITION": links,
            "AUDIT_ITEM_WINDOW": windows,
            "AUDIT_ITEM_BYLAW": laws,
            "AUDIT_QA": qa,
        },
    }
