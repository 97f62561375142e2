"""Field labels of the content editors: English source text with the national Chinese term.

The national element set (办事指南要素) has fixed Chinese names that admins know from the audit
rules, so every label carries that term whatever the UI language; the English part goes through
Qt Linguist like every other string (context ``FieldLabels``). A label is looked up by document
type and field, then by field alone, because ``name`` is 事项名称 on a matter but 姓名 on a person.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.data.schema import (
    BoardDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    Doc,
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

C = "FieldLabels"

COMMON: dict[str, Any] = {
    "code": QT_TRANSLATE_NOOP(C, "Code (编码)"),
    "key": QT_TRANSLATE_NOOP(C, "Code (编码)"),
    "name": QT_TRANSLATE_NOOP(C, "Name (名称)"),
    "title": QT_TRANSLATE_NOOP(C, "Title (标题)"),
    "body": QT_TRANSLATE_NOOP(C, "Text (正文)"),
    "sort": QT_TRANSLATE_NOOP(C, "Order (排序)"),
    "phone": QT_TRANSLATE_NOOP(C, "Phone (电话)"),
    "address": QT_TRANSLATE_NOOP(C, "Address (地址)"),
    "duties": QT_TRANSLATE_NOOP(C, "Duties (职责)"),
    "location": QT_TRANSLATE_NOOP(C, "Location (位置)"),
    "note": QT_TRANSLATE_NOOP(C, "Note (说明)"),
    "notes": QT_TRANSLATE_NOOP(C, "Remarks (备注)"),
    "basis": QT_TRANSLATE_NOOP(C, "Basis (依据)"),
    "status": QT_TRANSLATE_NOOP(C, "Status (状态)"),
    "publish_from": QT_TRANSLATE_NOOP(C, "Shown from (发布时间)"),
    "publish_until": QT_TRANSLATE_NOOP(C, "Shown until (下架时间)"),
    "cadence": QT_TRANSLATE_NOOP(C, "Disclosure form (公开形式)"),
    "is_sample": QT_TRANSLATE_NOOP(C, "Sample content (示例数据)"),
    "consult_phone": QT_TRANSLATE_NOOP(C, "Enquiry phone (咨询电话)"),
    "complaint_phone": QT_TRANSLATE_NOOP(C, "Complaint phone (监督投诉电话)"),
}

BY_DOC: dict[type[Doc], dict[str, Any]] = {
    MatterDoc: {
        "code": QT_TRANSLATE_NOOP(C, "Matter code (事项编码)"),
        "name": QT_TRANSLATE_NOOP(C, "Matter name (事项名称)"),
        "type": QT_TRANSLATE_NOOP(C, "Matter type (事项类型)"),
        "department": QT_TRANSLATE_NOOP(C, "Implementing body (实施主体)"),
        "service_objects": QT_TRANSLATE_NOOP(C, "Who it serves (服务对象)"),
        "legal_basis": QT_TRANSLATE_NOOP(C, "Legal basis (设定依据)"),
        "conditions": QT_TRANSLATE_NOOP(C, "Acceptance conditions (受理条件)"),
        "steps": QT_TRANSLATE_NOOP(C, "Procedure (办理流程)"),
        "handling_kind": QT_TRANSLATE_NOOP(C, "Handling kind (办件类型)"),
        "legal_limit": QT_TRANSLATE_NOOP(C, "Statutory time limit (法定办结时限)"),
        "promised_limit": QT_TRANSLATE_NOOP(C, "Promised time limit (承诺办结时限)"),
        "charges": QT_TRANSLATE_NOOP(C, "Charges a fee (是否收费)"),
        "fee_statement": QT_TRANSLATE_NOOP(C, "Fee statement (收费标准)"),
        "fees": QT_TRANSLATE_NOOP(C, "Fee items (收费项目)"),
        "location": QT_TRANSLATE_NOOP(C, "Where (办理地点)"),
        "window": QT_TRANSLATE_NOOP(C, "Window (办理窗口)"),
        "hours": QT_TRANSLATE_NOOP(C, "Hours (办理时间)"),
        "open_on_holidays": QT_TRANSLATE_NOOP(C, "Open on holidays (节假日可办理)"),
        "result_name": QT_TRANSLATE_NOOP(C, "Result (结果名称)"),
        "result_sample": QT_TRANSLATE_NOOP(C, "Result sample (结果样本)"),
        "result_sample_file": QT_TRANSLATE_NOOP(C, "Result sample file (结果样本文件)"),
        "visits": QT_TRANSLATE_NOOP(C, "Visits to the hall (到办事现场次数)"),
        "visits_reason": QT_TRANSLATE_NOOP(C, "Why a visit is needed (必须现场办理原因)"),
        "online": QT_TRANSLATE_NOOP(C, "Can be done online (是否网办)"),
        "online_url": QT_TRANSLATE_NOOP(C, "Online address (网办地址)"),
        "faq": QT_TRANSLATE_NOOP(C, "Questions and answers (常见问题)"),
        "themes": QT_TRANSLATE_NOOP(C, "Themes (主题分类)"),
        "scenarios": QT_TRANSLATE_NOOP(C, "Situations (情形)"),
        "materials": QT_TRANSLATE_NOOP(C, "Materials (申请材料)"),
        "effective_from": QT_TRANSLATE_NOOP(C, "Takes effect (计划生效日期)"),
        "effective_until": QT_TRANSLATE_NOOP(C, "Withdrawn on (计划取消日期)"),
    },
    TimeLimit: {
        "value": QT_TRANSLATE_NOOP(C, "Days (时限, 0 = 即办)"),
        "unit": QT_TRANSLATE_NOOP(C, "Unit (单位)"),
    },
    StepDoc: {
        "title": QT_TRANSLATE_NOOP(C, "Step (环节名称)"),
        "description": QT_TRANSLATE_NOOP(C, "What happens (办理说明)"),
    },
    FeeDoc: {
        "name": QT_TRANSLATE_NOOP(C, "Fee item (收费项目名称)"),
        "standard": QT_TRANSLATE_NOOP(C, "Standard (收费标准)"),
        "basis": QT_TRANSLATE_NOOP(C, "Basis (收费依据)"),
        "reducible": QT_TRANSLATE_NOOP(C, "Can be reduced (是否可减免)"),
        "reduction_basis": QT_TRANSLATE_NOOP(C, "Reduction basis (减免依据)"),
    },
    FaqDoc: {
        "question": QT_TRANSLATE_NOOP(C, "Question (问题)"),
        "answer": QT_TRANSLATE_NOOP(C, "Answer (解答)"),
    },
    ScenarioDoc: {
        "code": QT_TRANSLATE_NOOP(C, "Situation code (情形编码)"),
        "question": QT_TRANSLATE_NOOP(C, "Question (情形问题)"),
        "options": QT_TRANSLATE_NOOP(C, "Answers (选项)"),
    },
    MaterialDoc: {
        "name": QT_TRANSLATE_NOOP(C, "Material (材料名称)"),
        "necessity": QT_TRANSLATE_NOOP(C, "Necessity (必要性)"),
        "kind": QT_TRANSLATE_NOOP(C, "Material type (材料类型)"),
        "form": QT_TRANSLATE_NOOP(C, "Form (材料形式)"),
        "original_or_copy": QT_TRANSLATE_NOOP(C, "Original or copy (原件/复印件)"),
        "copies": QT_TRANSLATE_NOOP(C, "Copies (份数)"),
        "paper_size": QT_TRANSLATE_NOOP(C, "Paper size (纸质规格)"),
        "source": QT_TRANSLATE_NOOP(C, "Source (来源渠道)"),
        "source_note": QT_TRANSLATE_NOOP(C, "Source note (来源渠道说明)"),
        "blank_form": QT_TRANSLATE_NOOP(C, "Blank form (空白表格)"),
        "sample_form": QT_TRANSLATE_NOOP(C, "Filled-in sample (示例样表)"),
        "fill_instructions": QT_TRANSLATE_NOOP(C, "How to fill it in (填报须知)"),
        "acceptance_standard": QT_TRANSLATE_NOOP(C, "Acceptance standard (受理标准)"),
        "basis": QT_TRANSLATE_NOOP(C, "Why it is required (要求提供的依据)"),
        "when": QT_TRANSLATE_NOOP(C, "Needed when (适用情形)"),
    },
    HallDoc: {
        "name": QT_TRANSLATE_NOOP(C, "Hall name (大厅名称)"),
        "short_name": QT_TRANSLATE_NOOP(C, "Short name (简称, on notices)"),
        "opening_hours": QT_TRANSLATE_NOOP(C, "Opening hours (办公时间)"),
        "complaint_phone": QT_TRANSLATE_NOOP(C, "Complaint phone (投诉电话)"),
        "supervision_phone": QT_TRANSLATE_NOOP(C, "Supervision phone (监督电话)"),
        "email": QT_TRANSLATE_NOOP(C, "Email (电子邮箱)"),
        "complaint_box": QT_TRANSLATE_NOOP(C, "Report box (举报箱)"),
        "intro": QT_TRANSLATE_NOOP(C, "Introduction (简介)"),
        "logo": QT_TRANSLATE_NOOP(C, "Logo (标志)"),
        "boards": QT_TRANSLATE_NOOP(C, "Walls (公开栏)"),
    },
    BoardDoc: {"title": QT_TRANSLATE_NOOP(C, "Wall title (公开栏标题)")},
    DisclosureDoc: {
        "board": QT_TRANSLATE_NOOP(C, "Wall (公开栏)"),
        "audience": QT_TRANSLATE_NOOP(C, "Audience (公开范围)"),
    },
    NoticeDoc: {},
    ThemeDoc: {
        "name": QT_TRANSLATE_NOOP(C, "Theme (主题名称)"),
        "icon": QT_TRANSLATE_NOOP(C, "Icon (图标)"),
    },
    DepartmentDoc: {"name": QT_TRANSLATE_NOOP(C, "Department (部门名称)")},
    WindowDoc: {"name": QT_TRANSLATE_NOOP(C, "Window (窗口名称)")},
    StaffDoc: {
        "code": QT_TRANSLATE_NOOP(C, "Staff number (工号)"),
        "name": QT_TRANSLATE_NOOP(C, "Full name (姓名)"),
        "position": QT_TRANSLATE_NOOP(C, "Position (职务)"),
        "window": QT_TRANSLATE_NOOP(C, "Window (所在窗口)"),
        "photo": QT_TRANSLATE_NOOP(C, "Photo (照片)"),
        "active": QT_TRANSLATE_NOOP(C, "On duty (在岗)"),
    },
    ComplaintChannelDoc: {
        "kind": QT_TRANSLATE_NOOP(C, "Channel (渠道类型)"),
        "label": QT_TRANSLATE_NOOP(C, "Name (名称)"),
        "value": QT_TRANSLATE_NOOP(C, "Number or address (号码/地址)"),
    },
    ComplaintResultDoc: {
        "received_on": QT_TRANSLATE_NOOP(C, "Received on (受理日期)"),
        "summary": QT_TRANSLATE_NOOP(C, "Complaint (投诉摘要)"),
        "result": QT_TRANSLATE_NOOP(C, "Result (处理结果)"),
    },
    PreDisclosureDoc: {
        "plan": QT_TRANSLATE_NOOP(C, "Plan (方案内容)"),
        "opinions_until": QT_TRANSLATE_NOOP(C, "Opinions until (意见征集截止)"),
    },
    FileDoc: {},
}

# System vocabularies stored as English codes, shown with their Chinese names.
CHOICES: dict[str, Any] = {
    "public": QT_TRANSLATE_NOOP(C, "Public (对外公开)"),
    "staff": QT_TRANSLATE_NOOP(C, "Staff only (对内公开)"),
    "draft": QT_TRANSLATE_NOOP(C, "Draft (草稿)"),
    "pre_disclosure": QT_TRANSLATE_NOOP(C, "Pre-disclosure (预公开)"),
    "published": QT_TRANSLATE_NOOP(C, "Published (已发布)"),
    "archived": QT_TRANSLATE_NOOP(C, "Archived (已存档)"),
    "scheduled": QT_TRANSLATE_NOOP(C, "Scheduled (定时发布)"),
}


def translate(text: object) -> str:
    """``QT_TRANSLATE_NOOP`` only marks a text for lupdate (typed ``object``); this translates it."""
    return QCoreApplication.translate(C, str(text))


def labels_for(doc_type: type[Doc]) -> dict[str, str]:
    """Field name → label for every field of ``doc_type`` (the field name itself when none is known)."""
    own = BY_DOC.get(doc_type, {})
    return {name: translate(own.get(name) or COMMON.get(name) or name) for name in doc_type.model_fields}


def choice_text(value: str) -> str:
    """How a stored value is shown in a choice list (national terms are shown as they are)."""
    return translate(CHOICES[value]) if value in CHOICES else value
