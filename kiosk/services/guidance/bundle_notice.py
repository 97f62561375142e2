"""The checklist of an 一件事 bundle (一件事材料一次性告知单): one paper, one QR for the whole life event.

A ``BundleChecklist`` carries every word the PDF and the bundle screen print and nothing they
must look up: the merged, de-duplicated materials (each once, with the matters it serves and the
largest 份数), what need not be brought and why, the windows in visiting order, the time limits
and the fees. ``qr_text`` is the same list as plain text for a phone camera (no internet needed).

Where a window is named the stop carries the window's code and name (``BundleStop``): the floor
plan's 「请到 N 号窗口 · 给我看」 (issue 14, the other half) attaches to ``BundleStop.window_code``.
No Qt, no layout here (``bundle_pdf`` lays it out).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from kiosk.data.schema import HallDoc, WindowDoc
from kiosk.services.guidance.bundles import MergedBundle, options_of
from kiosk.services.notices import QR_BUDGET, Answer, limit_text, local_now

BUNDLE_TITLE = "一件事材料一次性告知单"
# The bundle checklist is A4 only, its code printed 50 mm wide: twice a matter notice's text
# (version ≤ 31 at level M, modules ≥ 0.35 mm) so a whole merged list fits and phones still read it.
BUNDLE_QR_BUDGET = 2 * QR_BUDGET


class _Plain(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BundleMatter(_Plain):
    """A matter of the bundle, numbered in visiting order."""

    number: int
    code: str
    name: str
    window_code: str
    window_name: str
    promised_limit: str


class BundleLine(_Plain):
    """A line of the merged list: one material, once, for every matter (by number) it serves."""

    number: int
    name: str
    original_or_copy: str
    copies: int
    necessity: str
    serves: tuple[int, ...]
    source: str = ""


class BundleWaived(_Plain):
    name: str
    matter: int
    reason: str


class BundleStop(_Plain):
    """A window to go to, in order, and the matters (by number) done there."""

    number: int
    window_code: str
    window_name: str
    location: str
    matters: tuple[int, ...]


class BundleChecklist(_Plain):
    """Everything the bundle's checklist prints."""

    title: str = BUNDLE_TITLE
    hall_name: str
    issued_at: dt.datetime
    bundle_code: str
    bundle_name: str
    summary: str = ""
    answers: tuple[Answer, ...] = ()
    unanswered: tuple[str, ...] = ()  # questions not answered: the list then covers every case
    matters: tuple[BundleMatter, ...]
    materials: tuple[BundleLine, ...]
    waived: tuple[BundleWaived, ...] = ()
    stops: tuple[BundleStop, ...]
    total_limit: str
    promised_limit: str = ""
    fees: tuple[str, ...] = ()
    consult_phone: str = ""
    complaint_phone: str = ""

    @property
    def date_text(self) -> str:
        return f"{self.issued_at.year}年{self.issued_at.month}月{self.issued_at.day}日"

    # What the resident's print dialog (``screens.print_flow``) asks of any checklist it prints.
    serial: str = ""
    provisional_id: str = ""

    @property
    def matter_name(self) -> str:
        return self.bundle_name

    def qr_payload(self) -> str:
        return qr_text(self)

    def render_pdf(self) -> bytes:
        from kiosk.services.guidance.bundle_pdf import render_bundle_checklist

        return render_bundle_checklist(self)

    @property
    def fee_text(self) -> str:
        return "；".join(self.fees) if self.fees else "不收费"


def total_limit_text(merged: MergedBundle) -> str:
    """The matters' promised limits one after another (即办 when every matter is)."""
    totals = {unit: value for unit, value in merged.total_limits().items() if value}
    if not totals:
        return "即办"
    return "、".join(f"{value}个{unit}" for unit, value in totals.items())


def build_bundle_checklist(
    merged: MergedBundle,
    *,
    hall: HallDoc,
    windows: Mapping[str, WindowDoc],
    at: dt.datetime | None = None,
) -> BundleChecklist:
    """The checklist of ``merged`` (a bundle with its answers), with window names from ``windows``."""
    bundle = merged.bundle
    numbers = {step.matter.code: i for i, step in enumerate(merged.steps, start=1)}

    def window_name(code: str) -> str:
        window = windows.get(code)
        return window.name if window is not None else code

    matters = tuple(
        BundleMatter(
            number=numbers[s.matter.code],
            code=s.matter.code,
            name=s.matter.name,
            window_code=s.matter.window,
            window_name=window_name(s.matter.window),
            promised_limit=limit_text(s.matter.promised_limit),
        )
        for s in merged.steps
    )
    questions = {q.code: q for q in bundle.questions}
    answers = tuple(
        Answer(question=questions[code].question, answer="、".join(options_of(answer)))
        for code, answer in merged.answers.items()
    )
    lines = tuple(
        BundleLine(
            number=i,
            name=line.name,
            original_or_copy=line.original_or_copy,
            copies=line.copies,
            necessity=line.necessity,
            serves=tuple(numbers[c] for c in line.serves),
            source=line.material.source,
        )
        for i, line in enumerate(merged.materials, start=1)
    )
    stops = tuple(
        BundleStop(
            number=i,
            window_code=stop.window,
            window_name=window_name(stop.window),
            location=windows[stop.window].location if stop.window in windows else "",
            matters=tuple(numbers[c] for c in stop.matters),
        )
        for i, stop in enumerate(merged.stops, start=1)
    )
    return BundleChecklist(
        hall_name=hall.name,
        issued_at=at or local_now(),
        bundle_code=bundle.code,
        bundle_name=bundle.name,
        summary=bundle.summary,
        answers=answers,
        unanswered=tuple(questions[c].question for c in merged.unanswered),
        matters=matters,
        materials=lines,
        waived=tuple(BundleWaived(name=w.name, matter=numbers[w.matter], reason=w.reason) for w in merged.waived),
        stops=stops,
        total_limit=total_limit_text(merged),
        promised_limit=limit_text(bundle.promised_limit) if bundle.promised_limit else "",
        fees=tuple(f"{name}：{statement}" for name, statement in merged.fees()),
        consult_phone=hall.consult_phone,
        complaint_phone=hall.complaint_phone or hall.supervision_phone,
    )


def line_text(line: BundleLine, *, detailed: bool) -> str:
    text = f"{line.number}. {line.name}"
    if detailed:
        text += f" {line.original_or_copy}{line.copies}份"
    return text


def qr_text(checklist: BundleChecklist, budget: int = BUNDLE_QR_BUDGET) -> str:
    """The merged list as plain text for the QR code; past ``budget`` UTF-8 bytes the details go
    first, then the tail of the list (saying how many more, as the matters' checklists do)."""
    head = [checklist.title, f"一件事：{checklist.bundle_name}"]
    head += [f"{a.question}{a.answer}" for a in checklist.answers]
    head.append(f"需提交材料（共{len(checklist.materials)}项）：")
    order = "→".join(stop.window_name.split(" ")[0] for stop in checklist.stops)
    tail = [f"办理顺序：{order}", f"日期：{checklist.date_text}"]

    def compose(lines: list[str]) -> str:
        return "\n".join([*head, *lines, *tail])

    for detailed in (True, False):
        text = compose([line_text(m, detailed=detailed) for m in checklist.materials])
        if len(text.encode()) <= budget:
            return text
    lines = [line_text(m, detailed=False) for m in checklist.materials]
    while lines:
        lines.pop()
        more = f"……另有{len(checklist.materials) - len(lines)}项，详见纸质告知单"
        text = compose([*lines, more])
        if len(text.encode()) <= budget:
            return text
    return compose([])[: budget // 3]
