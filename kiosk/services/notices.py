"""One-time notices (一次性告知单): what the resident must bring, and what staff found missing.

行政许可法 §32 obliges the hall to tell an applicant *everything* that is missing at once. Two
prints serve that: the resident's checklist (no login, no serial, not archived — it is guidance,
and numbering every lobby print would burn serials on paper nobody files) and the staff
missing-materials notice, which gets a serial ``{hall short name}告〔YYYY〕NNNN号`` and is archived
with a snapshot so a reprint years later shows exactly what was told, whatever the matter says now.

A ``OneTimeNotice`` carries every word the PDF prints and nothing the PDF has to look up. This
module builds notices from documents (pure functions, no database); ``notice_archive`` allocates
serials, archives, reprints and searches. No Qt, no layout here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.data.exchange.cleaning import for_display
from kiosk.data.schema import Answers, HallDoc, MaterialDoc, MatterDoc, StaffDoc, TimeLimit, WindowDoc, chosen_options
from kiosk.data.serials import format_serial as format_serial  # re-exported: notices are numbered with it
from kiosk.errors import UserError

CHECKLIST_TITLE = "办事材料一次性告知单"
MISSING_TITLE = "补正材料一次性告知单"
REASONS = ("缺失", "不符合法定形式", "需原件", "已过期")
DEFAULT_REASON = REASONS[0]
DEFAULT_CORRECTION_DAYS = 5
LEGAL_BASIS = (
    "依据《中华人民共和国行政许可法》第三十二条：申请材料不齐全或者不符合法定形式的，"
    "应当当场或者在五日内一次告知申请人需要补正的全部内容。"
)
COPIES_NOTE = "本告知单一式两份，告知人与申请人各执一份。"
NO_MATERIALS = "本事项无需提交材料。"
NO_MATERIALS_FOR_ANSWERS = "按所选情形，本事项无需提交材料。"
PROVISIONAL_LABEL = "临时编号"
PROVISIONAL_NOTE = "待联网后补号"
# Budget for the QR text in UTF-8 bytes: at most version 22 (105 modules) at level M, so the
# 48 mm receipt code gives each module ≥ 3 dots on a 203 dpi thermal head.
QR_BUDGET = 770
SERIAL = re.compile(r"^(?P<prefix>.+)告〔(?P<year>\d{4})〕(?P<number>\d{4,})号$")
PHONE = re.compile(r"^[0-9+\-() ]{5,20}$")


class _Plain(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NoticeMaterial(_Plain):
    """A material line as printed: received, or to supply with the reason why."""

    number: int
    name: str
    necessity: str
    original_or_copy: str
    copies: int
    paper_size: str = ""
    source: str = ""
    has_sample: bool = False
    requirement: str = ""
    reason: str = ""
    originals: int = 0  # 原件份数 and 复印件份数, when the guide gives them separately
    photocopies: int = 0
    signature: str = ""  # 签字要求


class Answer(_Plain):
    """A 情形 question and the answer given (several answers joined by 、, none as 无)."""

    question: str
    answer: str


class OneTimeNotice(_Plain):
    """Everything a one-time notice (一次性告知单) prints; also its archived snapshot."""

    kind: Literal["checklist", "missing"]
    title: str
    hall_name: str
    hall_short_name: str
    serial: str = ""
    lookup_code: str = ""  # 办件进度查询码 of a staff notice (services/notice_progress.py)
    # Issued offline when the kiosk had no reserved number left: no serial yet, this kiosk's own
    # 临时编号 instead; the real serial is given when the notice reaches the shared database.
    provisional_id: str = ""
    issued_at: dt.datetime
    matter_code: str
    matter_name: str
    department_name: str = ""
    answers: tuple[Answer, ...] = ()
    applicant_name: str = ""
    applicant_phone: str = ""
    window_name: str = ""
    window_phone: str = ""
    staff_code: str = ""
    staff_name: str = ""
    received: tuple[NoticeMaterial, ...] = ()
    to_supply: tuple[NoticeMaterial, ...] = ()
    correction_deadline: str = ""
    legal_basis: str = ""
    promised_limit: str = ""
    legal_limit: str = ""
    location: str = ""
    hours: str = ""
    consult_phone: str = ""
    complaint_phone: str = ""
    # The hall's own numbers, printed labelled as the hall's where the matter has none of its own
    # (a matter of another department must not show the hall's line as its 咨询电话).
    hall_phone: str = ""
    hall_complaint_phone: str = ""
    online_url: str = ""
    windows: tuple[str, ...] = ()  # 办理窗口, one line each: name, address, phone, hours, route
    # 窗口导航: the part of the floor plan around the window (PNG, made on the GUI thread by
    # kiosk/widgets/plan_crop.py) and its caption; printed on the A4 paper, never archived.
    plan_png: bytes = Field(default=b"", exclude=True, repr=False)
    plan_caption: str = Field(default="", exclude=True)

    @property
    def is_staff_notice(self) -> bool:
        return self.kind == "missing"

    @property
    def is_provisional(self) -> bool:
        return bool(self.provisional_id) and not self.serial

    @property
    def serial_text(self) -> str:
        """What the paper says after 「编号：」: the serial, or the provisional id marked as such."""
        if self.is_provisional:
            return f"{PROVISIONAL_LABEL} {self.provisional_id}（{PROVISIONAL_NOTE}）"
        if self.serial and self.provisional_id:  # numbered on delivery: the paper first given said this
            return f"{self.serial}（原{PROVISIONAL_LABEL} {self.provisional_id}）"
        return self.serial

    @property
    def date_text(self) -> str:
        return f"{self.issued_at.year}年{self.issued_at.month}月{self.issued_at.day}日"


def local_now() -> dt.datetime:
    """The hall's wall-clock time, naive, to the second (dates on paper are local dates)."""
    return dt.datetime.now().replace(microsecond=0)


def mask_phone(phone: str) -> str:
    """138****5678: enough for the applicant to recognise, not enough to call."""
    if len(phone) >= 8:
        return f"{phone[:3]}****{phone[-4:]}"
    return "*" * len(phone)


def limit_text(limit: TimeLimit) -> str:
    text = "即办" if limit.is_immediate else f"{limit.value}个{limit.unit}"
    return f"{text}（{limit.note}）" if limit.note else text


def check_answers(matter: MatterDoc, answers: Answers) -> dict[str, str | list[str]]:
    """Answers keyed by scenario code; a question may also be named by its text. Unknown → UserError.

    A single-answer question keeps one option (a list of exactly one is accepted); a question that
    allows several keeps a list in the order of its options (a single option becomes a list of one).
    """
    by_question = {s.question: s for s in matter.scenarios}
    by_code = {s.code: s for s in matter.scenarios}
    checked: dict[str, str | list[str]] = {}
    for key, answer in answers.items():
        scenario = by_code.get(key) or by_question.get(key)
        if scenario is None:
            known = "、".join(f"{s.code}（{s.question}）" for s in matter.scenarios) or "（无）"
            raise UserError(f"事项「{matter.name}」没有情形 {key!r}；可选的情形：{known}")
        picked = chosen_options(answer)
        for option in picked:
            if option not in scenario.options:
                raise UserError(f"情形「{scenario.question}」没有选项 {option!r}；可选：{'、'.join(scenario.options)}")
        if scenario.multiple:
            checked[scenario.code] = [o for o in scenario.options if o in picked]
        elif len(picked) == 1:
            checked[scenario.code] = picked[0]
        else:
            raise UserError(f"情形「{scenario.question}」只能选一个选项，而不是 {'、'.join(picked) or '（无）'}")
    return checked


def answer_text(answer: str | list[str]) -> str:
    """An answer as printed: the option, several joined by 、, or 无 when none was ticked."""
    return "、".join(chosen_options(answer)) or "无"


def _answer_lines(matter: MatterDoc, answers: Mapping[str, str | list[str]]) -> tuple[Answer, ...]:
    return tuple(
        Answer(question=s.question, answer=answer_text(answers[s.code])) for s in matter.scenarios if s.code in answers
    )


def counts_text(material: MaterialDoc) -> str:
    """「原件1份、复印件2份」 when given separately, else 「原件和复印件」 (the 份数 column has the number)."""
    if material.originals or material.photocopies:
        return "、".join(f"{kind}{n}份" for kind, n in material.counts())
    return material.original_or_copy


def _line(number: int, material: MaterialDoc, *, reason: str = "") -> NoticeMaterial:
    source = material.source + (f"（{material.source_note}）" if material.source_note else "")
    parts: list[str] = [counts_text(material), material.necessity, material.form]
    if material.paper_size:
        parts.append(f"{material.paper_size}纸张")
    requirement = "、".join(parts)
    if material.signature:
        requirement += f"；签字要求：{material.signature}"
    if material.acceptance_standard:
        requirement += f"；{material.acceptance_standard}"
    return NoticeMaterial(
        number=number,
        name=material.name,
        necessity=material.necessity,
        original_or_copy=material.original_or_copy,
        copies=material.copies,
        paper_size=material.paper_size,
        source=source,
        has_sample=material.blank_form is not None or material.sample_form is not None,
        requirement=requirement,
        reason=reason,
        originals=material.originals,
        photocopies=material.photocopies,
        signature=material.signature,
    )


def _window_lines(matter: MatterDoc) -> tuple[str, ...]:
    """Each 办理窗口 as one printed line: name, address, phone, hours and how to get there."""
    lines = []
    for w in matter.service_windows:
        details = [w.address, f"电话 {w.phone}" if w.phone else "", w.hours, f"乘车路线：{w.route}" if w.route else ""]
        detail = "；".join(d for d in details if d)
        lines.append(f"{w.name}（{detail}）" if detail else w.name)
    return tuple(lines)


def _common(
    matter: MatterDoc,
    hall: HallDoc,
    answers: Mapping[str, str | list[str]],
    window: WindowDoc | None,
    department: str,
) -> dict[str, object]:
    return {
        "hall_name": hall.name,
        "hall_short_name": hall.short_name,
        "matter_code": matter.code,
        "matter_name": matter.name,
        "department_name": department,
        "answers": _answer_lines(matter, answers),
        "window_name": window.name if window else (matter.window or next((w.name for w in matter.service_windows), "")),
        "window_phone": window.phone if window else "",
        "promised_limit": limit_text(matter.promised_limit),
        "legal_limit": limit_text(matter.legal_limit),
        "location": matter.location,
        "hours": matter.hours,
        "consult_phone": matter.consult_phone,
        "complaint_phone": matter.complaint_phone,
        "hall_phone": "" if matter.consult_phone else hall.consult_phone,
        "hall_complaint_phone": "" if matter.complaint_phone else hall.complaint_phone or hall.supervision_phone,
        "online_url": matter.online_url if matter.online else "",
        "windows": _window_lines(matter),
    }


def build_checklist(
    matter: MatterDoc,
    answers: Answers,
    *,
    hall: HallDoc,
    window: WindowDoc | None = None,
    department_name: str = "",
    at: dt.datetime | None = None,
) -> OneTimeNotice:
    """The resident's checklist: every material needed for these 情形 answers, no serial."""
    matter = for_display(matter)  # stored HTML or entities never reach the paper raw
    checked = check_answers(matter, answers)
    needed = tuple(_line(i, mat) for i, mat in matter.materials_for(checked))
    if needed:
        basis = "以上为办理本事项需要提交的全部材料（一次性告知）。"
    else:
        basis = NO_MATERIALS_FOR_ANSWERS if matter.materials else NO_MATERIALS
    return OneTimeNotice(
        kind="checklist",
        title=CHECKLIST_TITLE,
        issued_at=at or local_now(),
        to_supply=needed,
        legal_basis=basis,
        **_common(matter, hall, checked, window, department_name),
    )


def build_missing_notice(
    matter: MatterDoc,
    answers: Answers,
    *,
    hall: HallDoc,
    received: Collection[int],
    reasons: Mapping[int, str] | None = None,
    staff: StaffDoc | None = None,
    window: WindowDoc | None = None,
    department_name: str = "",
    applicant_name: str = "",
    applicant_phone: str = "",
    correction_days: int = DEFAULT_CORRECTION_DAYS,
    at: dt.datetime | None = None,
) -> OneTimeNotice:
    """The staff notice: applicable materials split into received and to supply (with reasons).

    ``received`` and the keys of ``reasons`` are the materials' numbers in the guide (1-based),
    the numbers staff see on screen. The notice has no serial until ``NoticeService.issue``.
    """
    matter = for_display(matter)
    checked = check_answers(matter, answers)
    reasons = dict(reasons or {})
    applicable = dict(matter.materials_for(checked))
    for number in sorted({*received, *reasons}):
        if not 1 <= number <= len(matter.materials):
            raise UserError(f"材料序号 {number} 超出范围：事项「{matter.name}」共有 {len(matter.materials)} 项材料")
        if number not in applicable:
            raise UserError(f"第 {number} 项材料「{matter.materials[number - 1].name}」在所选情形下不需要提交")
    both = set(received) & set(reasons)
    if both:
        raise UserError(f"第 {'、'.join(map(str, sorted(both)))} 项材料已标记为收到，不能再填写补正原因")
    for number, reason in reasons.items():
        if not reason.strip():
            raise UserError(f"第 {number} 项材料的补正原因不能为空")
    applicant_phone = applicant_phone.strip()
    if applicant_phone and not PHONE.match(applicant_phone):
        raise UserError(f"申请人电话 {applicant_phone!r} 格式不对：只能包含数字、空格和 - + ( )")
    received_lines = tuple(_line(n, mat) for n, mat in applicable.items() if n in received)
    missing_lines = tuple(
        _line(n, mat, reason=reasons.get(n, DEFAULT_REASON).strip())
        for n, mat in applicable.items()
        if n not in received
    )
    where = window.name if window else "原窗口"
    deadline = (
        f"请自收到本告知单之日起{correction_days}个工作日内补正上述材料，补齐后到{where}办理。"
        if missing_lines
        else "申请材料已齐全，无需补正。"
    )
    return OneTimeNotice(
        kind="missing",
        title=MISSING_TITLE,
        issued_at=at or local_now(),
        applicant_name=applicant_name.strip(),
        applicant_phone=applicant_phone,
        staff_code=staff.code if staff else "",
        staff_name=staff.name if staff else "",
        received=received_lines,
        to_supply=missing_lines,
        correction_deadline=deadline,
        legal_basis=LEGAL_BASIS,
        **_common(matter, hall, checked, window, department_name),
    )


def needs_nothing(notice: OneTimeNotice) -> bool:
    """A resident's checklist with nothing to bring: it says so instead of an empty table."""
    return not notice.is_staff_notice and not notice.to_supply


def phone_lines(notice: OneTimeNotice) -> list[str]:
    """The phones as printed: the matter's own, and the hall's where the matter has none (labelled)."""
    dash = "—"
    lines = [f"咨询电话：{notice.consult_phone or dash}\u3000\u3000监督投诉电话：{notice.complaint_phone or dash}"]
    hall = []
    if notice.hall_phone:
        hall.append(f"本大厅咨询电话：{notice.hall_phone}")
    if notice.hall_complaint_phone:
        hall.append(f"本大厅监督投诉电话：{notice.hall_complaint_phone}")
    if hall:
        lines.append("\u3000\u3000".join(hall))
    return lines


def _material_text(m: NoticeMaterial, *, detailed: bool) -> str:
    text = f"{m.number}. {m.name}"
    if detailed:
        text += f" {m.original_or_copy}{m.copies}份"
        if m.reason:
            text += f"（{m.reason}）"
    return text


def qr_text(notice: OneTimeNotice, budget: int = QR_BUDGET) -> str:
    """The checklist as plain text for QR 1: readable by any phone camera, no internet needed.

    Longer than ``budget`` UTF-8 bytes, it drops the per-material details first and then the
    tail of the list (saying how many more), so the code stays scannable on a receipt.
    """
    head = [notice.title]
    if notice.serial_text:
        head.append(notice.serial_text)
    if notice.lookup_code:
        head.append(f"进度查询码：{notice.lookup_code}")
    head.append(f"事项：{notice.matter_name}（{notice.matter_code}）")
    head += [f"{a.question}{a.answer}" for a in notice.answers]
    label = "需补正材料" if notice.is_staff_notice else "需提交材料"
    if notice.to_supply or notice.is_staff_notice:
        head.append(f"{label}（共{len(notice.to_supply)}项）：")
    else:
        head.append(notice.legal_basis)  # 本事项无需提交材料
    tail = []
    if notice.correction_deadline and notice.to_supply:
        tail.append(notice.correction_deadline)
    if notice.location:
        tail.append(f"办理地点：{notice.location}")
    if notice.consult_phone:
        tail.append(f"咨询电话：{notice.consult_phone}")
    elif notice.hall_phone:
        tail.append(f"本大厅咨询电话：{notice.hall_phone}")
    tail.append(f"日期：{notice.date_text}")

    def compose(lines: list[str]) -> str:
        return "\n".join([*head, *lines, *tail])

    for detailed in (True, False):
        text = compose([_material_text(m, detailed=detailed) for m in notice.to_supply])
        if len(text.encode()) <= budget:
            return text
    lines = [_material_text(m, detailed=False) for m in notice.to_supply]
    while lines:
        lines.pop()
        more = f"……另有{len(notice.to_supply) - len(lines)}项，详见纸质告知单"
        text = compose([*lines, more])
        if len(text.encode()) <= budget:
            return text
    return compose([])[: budget // 3]
