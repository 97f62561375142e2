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
    "code": QT_TRANSLATE_NOOP("FieldLabels", "Code (编码)"),
    "key": QT_TRANSLATE_NOOP("FieldLabels", "Code (编码)"),
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name (名称)"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title (标题)"),
    "body": QT_TRANSLATE_NOOP("FieldLabels", "Text (正文)"),
    "sort": QT_TRANSLATE_NOOP("FieldLabels", "Order (排序)"),
    "phone": QT_TRANSLATE_NOOP("FieldLabels", "Phone (电话)"),
    "address": QT_TRANSLATE_NOOP("FieldLabels", "Address (地址)"),
    "duties": QT_TRANSLATE_NOOP("FieldLabels", "Duties (职责)"),
    "location": QT_TRANSLATE_NOOP("FieldLabels", "Location (位置)"),
    "note": QT_TRANSLATE_NOOP("FieldLabels", "Note (说明)"),
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Remarks (备注)"),
    "basis": QT_TRANSLATE_NOOP("FieldLabels", "Basis (依据)"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status (状态)"),
    "publish_from": QT_TRANSLATE_NOOP("FieldLabels", "Shown from (发布时间)"),
    "publish_until": QT_TRANSLATE_NOOP("FieldLabels", "Shown until (下架时间)"),
    "cadence": QT_TRANSLATE_NOOP("FieldLabels", "Disclosure form (公开形式)"),
    "is_sample": QT_TRANSLATE_NOOP("FieldLabels", "Sample content (示例数据)"),
    "consult_phone": QT_TRANSLATE_NOOP("FieldLabels", "Enquiry phone (咨询电话)"),
    "complaint_phone": QT_TRANSLATE_NOOP("FieldLabels", "Complaint phone (监督投诉电话)"),
}

BY_DOC: dict[type[Doc], dict[str, Any]] = {
    MatterDoc: {
        "code": QT_TRANSLATE_NOOP("FieldLabels", "Matter code (事项编码)"),
        "name": QT_TRANSLATE_NOOP("FieldLabels", "Matter name (事项名称)"),
        "type": QT_TRANSLATE_NOOP("FieldLabels", "Matter type (事项类型)"),
        "department": QT_TRANSLATE_NOOP("FieldLabels", "Implementing body (实施主体)"),
        "service_objects": QT_TRANSLATE_NOOP("FieldLabels", "Who it serves (服务对象)"),
        "legal_basis": QT_TRANSLATE_NOOP("FieldLabels", "Legal basis (设定依据)"),
        "conditions": QT_TRANSLATE_NOOP("FieldLabels", "Acceptance conditions (受理条件)"),
        "steps": QT_TRANSLATE_NOOP("FieldLabels", "Procedure (办理流程)"),
        "handling_kind": QT_TRANSLATE_NOOP("FieldLabels", "Handling kind (办件类型)"),
        "legal_limit": QT_TRANSLATE_NOOP("FieldLabels", "Statutory time limit (法定办结时限)"),
        "promised_limit": QT_TRANSLATE_NOOP("FieldLabels", "Promised time limit (承诺办结时限)"),
        "charges": QT_TRANSLATE_NOOP("FieldLabels", "Charges a fee (是否收费)"),
        "fee_statement": QT_TRANSLATE_NOOP("FieldLabels", "Fee statement (收费标准)"),
        "fees": QT_TRANSLATE_NOOP("FieldLabels", "Fee items (收费项目)"),
        "location": QT_TRANSLATE_NOOP("FieldLabels", "Where (办理地点)"),
        "window": QT_TRANSLATE_NOOP("FieldLabels", "Window (办理窗口)"),
        "hours": QT_TRANSLATE_NOOP("FieldLabels", "Hours (办理时间)"),
        "open_on_holidays": QT_TRANSLATE_NOOP("FieldLabels", "Open on holidays (节假日可办理)"),
        "result_name": QT_TRANSLATE_NOOP("FieldLabels", "Result (结果名称)"),
        "result_sample": QT_TRANSLATE_NOOP("FieldLabels", "Result sample (结果样本)"),
        "result_sample_file": QT_TRANSLATE_NOOP("FieldLabels", "Result sample file (结果样本文件)"),
        "visits": QT_TRANSLATE_NOOP("FieldLabels", "Visits to the hall (到办事现场次数)"),
        "visits_reason": QT_TRANSLATE_NOOP("FieldLabels", "Why a visit is needed (必须现场办理原因)"),
        "online": QT_TRANSLATE_NOOP("FieldLabels", "Can be done online (是否网办)"),
        "online_url": QT_TRANSLATE_NOOP("FieldLabels", "Online address (网办地址)"),
        "faq": QT_TRANSLATE_NOOP("FieldLabels", "Questions and answers (常见问题)"),
        "themes": QT_TRANSLATE_NOOP("FieldLabels", "Themes (主题分类)"),
        "scenarios": QT_TRANSLATE_NOOP("FieldLabels", "Situations (情形)"),
        "materials": QT_TRANSLATE_NOOP("FieldLabels", "Materials (申请材料)"),
        "effective_from": QT_TRANSLATE_NOOP("FieldLabels", "Takes effect (计划生效日期)"),
        "effective_until": QT_TRANSLATE_NOOP("FieldLabels", "Withdrawn on (计划取消日期)"),
    },
    TimeLimit: {
        "value": QT_TRANSLATE_NOOP("FieldLabels", "Days (时限, 0 = 即办)"),
        "unit": QT_TRANSLATE_NOOP("FieldLabels", "Unit (单位)"),
    },
    StepDoc: {
        "title": QT_TRANSLATE_NOOP("FieldLabels", "Step (环节名称)"),
        "description": QT_TRANSLATE_NOOP("FieldLabels", "What happens (办理说明)"),
    },
    FeeDoc: {
        "name": QT_TRANSLATE_NOOP("FieldLabels", "Fee item (收费项目名称)"),
        "standard": QT_TRANSLATE_NOOP("FieldLabels", "Standard (收费标准)"),
        "basis": QT_TRANSLATE_NOOP("FieldLabels", "Basis (收费依据)"),
        "reducible": QT_TRANSLATE_NOOP("FieldLabels", "Can be reduced (是否可减免)"),
        "reduction_basis": QT_TRANSLATE_NOOP("FieldLabels", "Reduction basis (减免依据)"),
    },
    FaqDoc: {
        "question": QT_TRANSLATE_NOOP("FieldLabels", "Question (问题)"),
        "answer": QT_TRANSLATE_NOOP("FieldLabels", "Answer (解答)"),
    },
    ScenarioDoc: {
        "code": QT_TRANSLATE_NOOP("FieldLabels", "Situation code (情形编码)"),
        "question": QT_TRANSLATE_NOOP("FieldLabels", "Question (情形问题)"),
        "options": QT_TRANSLATE_NOOP("FieldLabels", "Answers (选项)"),
    },
    MaterialDoc: {
        "name": QT_TRANSLATE_NOOP("FieldLabels", "Material (材料名称)"),
        "necessity": QT_TRANSLATE_NOOP("FieldLabels", "Necessity (必要性)"),
        "kind": QT_TRANSLATE_NOOP("FieldLabels", "Material type (材料类型)"),
        "form": QT_TRANSLATE_NOOP("FieldLabels", "Form (材料形式)"),
        "original_or_copy": QT_TRANSLATE_NOOP("FieldLabels", "Original or copy (原件/复印件)"),
        "copies": QT_TRANSLATE_NOOP("FieldLabels", "Copies (份数)"),
        "paper_size": QT_TRANSLATE_NOOP("FieldLabels", "Paper size (纸质规格)"),
        "source": QT_TRANSLATE_NOOP("FieldLabels", "Source (来源渠道)"),
        "source_note": QT_TRANSLATE_NOOP("FieldLabels", "Source note (来源渠道说明)"),
        "blank_form": QT_TRANSLATE_NOOP("FieldLabels", "Blank form (空白表格)"),
        "sample_form": QT_TRANSLATE_NOOP("FieldLabels", "Filled-in sample (示例样表)"),
        "fill_instructions": QT_TRANSLATE_NOOP("FieldLabels", "How to fill it in (填报须知)"),
        "acceptance_standard": QT_TRANSLATE_NOOP("FieldLabels", "Acceptance standard (受理标准)"),
        "basis": QT_TRANSLATE_NOOP("FieldLabels", "Why it is required (要求提供的依据)"),
        "when": QT_TRANSLATE_NOOP("FieldLabels", "Needed when (适用情形)"),
    },
    HallDoc: {
        "name": QT_TRANSLATE_NOOP("FieldLabels", "Hall name (大厅名称)"),
        "short_name": QT_TRANSLATE_NOOP("FieldLabels", "Short name (简称, on notices)"),
        "opening_hours": QT_TRANSLATE_NOOP("FieldLabels", "Opening hours (办公时间)"),
        "complaint_phone": QT_TRANSLATE_NOOP("FieldLabels", "Complaint phone (投诉电话)"),
        "supervision_phone": QT_TRANSLATE_NOOP("FieldLabels", "Supervision phone (监督电话)"),
        "email": QT_TRANSLATE_NOOP("FieldLabels", "Email (电子邮箱)"),
        "complaint_box": QT_TRANSLATE_NOOP("FieldLabels", "Report box (举报箱)"),
        "intro": QT_TRANSLATE_NOOP("FieldLabels", "Introduction (简介)"),
        "logo": QT_TRANSLATE_NOOP("FieldLabels", "Logo (标志)"),
        "boards": QT_TRANSLATE_NOOP("FieldLabels", "Walls (公开栏)"),
    },
    BoardDoc: {"title": QT_TRANSLATE_NOOP("FieldLabels", "Wall title (公开栏标题)")},
    DisclosureDoc: {
        "board": QT_TRANSLATE_NOOP("FieldLabels", "Wall (公开栏)"),
        "audience": QT_TRANSLATE_NOOP("FieldLabels", "Audience (公开范围)"),
    },
    NoticeDoc: {"priority": QT_TRANSLATE_NOOP("FieldLabels", "Priority (优先级; 紧急: a banner on every screen)")},
    ThemeDoc: {
        "name": QT_TRANSLATE_NOOP("FieldLabels", "Theme (主题名称)"),
        "icon": QT_TRANSLATE_NOOP("FieldLabels", "Icon (图标)"),
    },
    DepartmentDoc: {"name": QT_TRANSLATE_NOOP("FieldLabels", "Department (部门名称)")},
    WindowDoc: {"name": QT_TRANSLATE_NOOP("FieldLabels", "Window (窗口名称)")},
    StaffDoc: {
        "code": QT_TRANSLATE_NOOP("FieldLabels", "Staff number (工号)"),
        "name": QT_TRANSLATE_NOOP("FieldLabels", "Full name (姓名)"),
        "position": QT_TRANSLATE_NOOP("FieldLabels", "Position (职务)"),
        "window": QT_TRANSLATE_NOOP("FieldLabels", "Window (所在窗口)"),
        "photo": QT_TRANSLATE_NOOP("FieldLabels", "Photo (照片)"),
        "active": QT_TRANSLATE_NOOP("FieldLabels", "On duty (在岗)"),
    },
    ComplaintChannelDoc: {
        "kind": QT_TRANSLATE_NOOP("FieldLabels", "Channel (渠道类型)"),
        "label": QT_TRANSLATE_NOOP("FieldLabels", "Name (名称)"),
        "value": QT_TRANSLATE_NOOP("FieldLabels", "Number or address (号码/地址)"),
    },
    ComplaintResultDoc: {
        "received_on": QT_TRANSLATE_NOOP("FieldLabels", "Received on (受理日期)"),
        "summary": QT_TRANSLATE_NOOP("FieldLabels", "Complaint (投诉摘要)"),
        "result": QT_TRANSLATE_NOOP("FieldLabels", "Result (处理结果)"),
    },
    PreDisclosureDoc: {
        "plan": QT_TRANSLATE_NOOP("FieldLabels", "Plan (方案内容)"),
        "opinions_until": QT_TRANSLATE_NOOP("FieldLabels", "Opinions until (意见征集截止)"),
    },
    FileDoc: {},
}

# System vocabularies stored as English codes, shown with their Chinese names.
CHOICES: dict[str, Any] = {
    "public": QT_TRANSLATE_NOOP("FieldLabels", "Public (对外公开)"),
    "staff": QT_TRANSLATE_NOOP("FieldLabels", "Staff only (对内公开)"),
    "draft": QT_TRANSLATE_NOOP("FieldLabels", "Draft (草稿)"),
    "pre_disclosure": QT_TRANSLATE_NOOP("FieldLabels", "Pre-disclosure (预公开)"),
    "published": QT_TRANSLATE_NOOP("FieldLabels", "Published (已发布)"),
    "archived": QT_TRANSLATE_NOOP("FieldLabels", "Archived (已存档)"),
    "scheduled": QT_TRANSLATE_NOOP("FieldLabels", "Scheduled (定时发布)"),
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
