"""The staff's missing-materials notice (补正告知单) for a whole 一件事: one numbered, archived paper.

At the window the clerk marks which lines of the bundle's merged list were received; the notice
lists the rest (each once, whatever number of the bundle's matters needs it) with the reasons, the
windows in order and the 补正 deadline. It is a ``OneTimeNotice`` of kind ``missing`` whose matter
is the bundle (``matter_code`` 「一件事:CODE」), so serials, the archive, reprints and both PDF
layouts are those of every staff notice. Pure functions; ``NoticeService.issue`` numbers it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from kiosk.data.schema import HallDoc, StaffDoc
from kiosk.errors import UserError
from kiosk.services.guidance.bundle_notice import BundleChecklist, BundleLine
from kiosk.services.notices import (
    DEFAULT_CORRECTION_DAYS,
    DEFAULT_REASON,
    LEGAL_BASIS,
    MISSING_TITLE,
    PHONE,
    NoticeMaterial,
    OneTimeNotice,
    local_now,
)

BUNDLE_MATTER_PREFIX = "一件事:"


def _material(line: BundleLine, checklist: BundleChecklist, reason: str = "") -> NoticeMaterial:
    serves = "、".join(checklist.matters[n - 1].name for n in line.serves)
    requirement = f"{line.original_or_copy}、{line.necessity}；用于：{serves}"
    return NoticeMaterial(
        number=line.number,
        name=line.name,
        necessity=line.necessity,
        original_or_copy=line.original_or_copy,
        copies=line.copies,
        source=line.source,
        requirement=requirement,
        reason=reason,
    )


def build_bundle_missing_notice(
    checklist: BundleChecklist,
    *,
    hall: HallDoc,
    received: Collection[int],
    reasons: Mapping[int, str] | None = None,
    staff: StaffDoc | None = None,
    applicant_name: str = "",
    applicant_phone: str = "",
    correction_days: int = DEFAULT_CORRECTION_DAYS,
    at: dt.datetime | None = None,
) -> OneTimeNotice:
    """The staff notice of a bundle; ``received`` and ``reasons`` use the merged list's numbers."""
    reasons = dict(reasons or {})
    count = len(checklist.materials)
    for number in sorted({*received, *reasons}):
        if not 1 <= number <= count:
            raise UserError(f"材料序号 {number} 超出范围：一件事「{checklist.bundle_name}」合并后共有 {count} 项材料")
    both = set(received) & set(reasons)
    if both:
        raise UserError(f"第 {'、'.join(map(str, sorted(both)))} 项材料已标记为收到，不能再填写补正原因")
    if any(not reason.strip() for reason in reasons.values()):
        raise UserError("补正原因不能为空")
    applicant_phone = applicant_phone.strip()
    if applicant_phone and not PHONE.match(applicant_phone):
        raise UserError(f"申请人电话 {applicant_phone!r} 格式不对：只能包含数字、空格和 - + ( )")
    got = tuple(_material(line, checklist) for line in checklist.materials if line.number in received)
    missing = tuple(
        _material(line, checklist, reasons.get(line.number, DEFAULT_REASON).strip())
        for line in checklist.materials
        if line.number not in received
    )
    order = "→".join(stop.window_name for stop in checklist.stops)
    deadline = (
        f"请自收到本告知单之日起{correction_days}个工作日内补正上述材料，补齐后按顺序到{order}办理。"
        if missing
        else "申请材料已齐全，无需补正。"
    )
    matters = "；".join(f"{m.number}. {m.name}" for m in checklist.matters)
    return OneTimeNotice(
        kind="missing",
        title=MISSING_TITLE,
        hall_name=hall.name,
        hall_short_name=hall.short_name,
        issued_at=at or local_now(),
        matter_code=(BUNDLE_MATTER_PREFIX + checklist.bundle_code)[:64],
        matter_name=f"{checklist.bundle_name}（{matters}）",
        answers=checklist.answers,
        applicant_name=applicant_name.strip(),
        applicant_phone=applicant_phone,
        window_name=order,
        staff_code=staff.code if staff else "",
        staff_name=staff.name if staff else "",
        received=got,
        to_supply=missing,
        correction_deadline=deadline,
        legal_basis=LEGAL_BASIS,
        promised_limit=checklist.promised_limit or f"{checklist.total_limit}（各事项承诺时限相加）",
        legal_limit="见各事项的办事指南",
        consult_phone=checklist.consult_phone,
        complaint_phone=checklist.complaint_phone,
    )
