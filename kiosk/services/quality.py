"""Quality rules for service guides, from the published 办事指南 audit rules.

The admin editor shows these next to the field as you type, publishing refuses a matter that
breaks one, and the demo hall is tested against them. Pure functions over ``MatterDoc``; no
database, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.data.schema import NO_FEE, PHONE_WITH_AREA_CODE, MatterDoc


@dataclass(frozen=True)
class RuleViolation:
    """One broken rule: the field it belongs next to and a message for the admin."""

    field: str
    message: str


# A phone number inside text: an area code (0 + 2–3 digits, then a dash or not) and 7–8 digits, or a
# mobile number (11 digits from 1); a run of 7–8 digits alone is a landline without its area code.
NUMBER = re.compile(r"(?<![\d-])(?:(0\d{2,3})\s*[-—–－]?\s*)?(\d{7,8}|1[3-9]\d{9})(?![\d])")


def numbers_without_area_code(text: str) -> list[str]:
    """The landline numbers in ``text`` written without their area code."""
    found = []
    for match in NUMBER.finditer(text):
        area, number = match.groups()
        if area is None and len(number) in (7, 8):
            found.append(number)
    return found


def check_matter(matter: MatterDoc) -> list[RuleViolation]:
    """Every quality rule this matter breaks (empty when it may be published)."""
    problems: list[RuleViolation] = []

    def fail(field: str, message: str) -> None:
        problems.append(RuleViolation(field, message))

    # 承诺时限 即办 ⇔ 办件类型 即办件
    immediate = matter.promised_limit.value == 0
    if immediate and matter.handling_kind != "即办件":
        fail("handling_kind", "承诺办结时限为即办(0)时,办件类型必须是「即办件」")
    if not immediate and matter.handling_kind == "即办件":
        fail("promised_limit", "办件类型为「即办件」时,承诺办结时限必须为即办(0)")
    promised, legal = matter.promised_limit, matter.legal_limit
    if promised.unit == legal.unit and 0 < legal.value < promised.value:
        fail("promised_limit", "承诺办结时限不能长于法定办结时限")

    # fee ⇒ 收费依据 and 标准; no fee ⇒ exactly 「不收费」
    if matter.charges:
        if not matter.fees:
            fail("fees", "收费事项至少要有一个收费项目")
        for i, fee in enumerate(matter.fees, start=1):
            if not fee.standard:
                fail("fees", f"收费项目{i}「{fee.name}」缺少收费标准")
            if not fee.basis:
                fail("fees", f"收费项目{i}「{fee.name}」缺少收费依据")
            if fee.reducible and not fee.reduction_basis:
                fail("fees", f"收费项目{i}「{fee.name}」可减免,但缺少减免依据")
        if matter.fee_statement == NO_FEE:
            fail("fee_statement", "收费事项的收费标准不能写「不收费」")
    else:
        if matter.fee_statement != NO_FEE:
            fail("fee_statement", f"不收费的事项,收费标准必须写作「{NO_FEE}」")
        if matter.fees:
            fail("fees", "不收费的事项不能有收费项目")

    # 咨询电话 and 投诉电话: present, different, with area code. Both are text in the national set
    # (咨询方式, 监督投诉方式: a phone, a window, a website …): every landline number in it needs its area code.
    for field, label, phone in (
        ("consult_phone", "咨询电话", matter.consult_phone),
        ("complaint_phone", "监督投诉电话", matter.complaint_phone),
    ):
        if not phone:
            fail(field, f"缺少{label}")
        elif not PHONE_WITH_AREA_CODE.match(phone):
            for number in numbers_without_area_code(phone):
                fail(field, f"{label}「{number}」须带区号,例如 0734-1234567")
    if matter.consult_phone and matter.consult_phone == matter.complaint_phone:
        fail("complaint_phone", "监督投诉电话不能与咨询电话相同")

    # 到现场次数 > 0 ⇒ reason
    if matter.visits > 0 and not matter.visits_reason:
        fail("visits_reason", "到办事现场次数大于0时,须说明必须到现场的原因")

    # result ⇒ result sample
    if matter.result_name and not (matter.result_sample or matter.result_sample_file):
        fail("result_sample", "有办理结果的事项须提供结果样本")

    if matter.online and not matter.online_url.startswith(("http://", "https://")):
        fail("online_url", "可网上办理的事项须填写以 http:// 或 https:// 开头的网办地址")
    if not matter.materials:
        fail("materials", "事项至少要有一项申请材料")
    return problems
