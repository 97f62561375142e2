"""What read-aloud says for an open guide (the printed and QR checklist is kiosk.services.notices)."""

from __future__ import annotations

from kiosk.data.schema import MatterDoc
from kiosk.services.notices import limit_text


def read_aloud_text(matter: MatterDoc, answers: dict[str, str]) -> str:
    """Name, time limit, fee, place and the materials needed for these answers, as sentences."""
    parts = [matter.name, f"承诺办结时限,{limit_text(matter.promised_limit)}", matter.fee_statement]
    if matter.location:
        parts.append(f"办理地点,{matter.location}")
    needed = matter.materials_for(answers)
    if not needed:
        parts.append("本事项无需提交材料" if not matter.materials else "按所选情形,本事项无需提交材料")
    else:
        parts.append("需要带的材料有")
    parts += [f"第{n}项,{m.name},{m.original_or_copy}{m.copies}份" for n, m in needed]
    return "。".join(parts) + "。"
