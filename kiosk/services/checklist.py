"""The resident's checklist as plain text: what the QR code carries and what read-aloud speaks.

Plain text on purpose: a phone camera shows it with no app and no internet. The checklist is a
Chinese document whatever the screen language, like the printed notice.
"""

from __future__ import annotations

from kiosk.data.schema import MaterialDoc, MatterDoc, TimeLimit


def limit_text(limit: TimeLimit) -> str:
    """「即办」 or 「20个工作日」 (with the note in brackets when there is one)."""
    text = "即办" if limit.value == 0 else f"{limit.value}个{limit.unit}"
    return f"{text}({limit.note})" if limit.note else text


def material_line(number: int, material: MaterialDoc) -> str:
    copies = f"{material.copies}份" if material.copies else ""
    necessity = "" if material.necessity == "必要" else f"【{material.necessity}】"
    return f"{number}.{material.name}({material.original_or_copy}{copies}){necessity}"


def answered(matter: MatterDoc, answers: dict[str, str]) -> list[str]:
    """「question:answer」 for each answered 情形 question, in the guide's order."""
    return [f"{s.question}{answers[s.code]}" for s in matter.scenarios if s.code in answers]


def checklist_text(hall_name: str, matter: MatterDoc, answers: dict[str, str]) -> str:
    lines = [f"{hall_name} 办事材料清单", f"事项:{matter.name}", f"编码:{matter.code}"]
    situation = answered(matter, answers)
    if situation:
        lines.append("情形:" + ";".join(situation))
    lines.append("须带材料:")
    lines += [material_line(n, m) for n, m in matter.materials_for(answers)]
    lines.append(f"承诺时限:{limit_text(matter.promised_limit)}")
    if matter.location:
        lines.append(f"地点:{matter.location}")
    lines.append(f"咨询:{matter.consult_phone} 投诉:{matter.complaint_phone}")
    return "\n".join(lines)


def read_aloud_text(matter: MatterDoc, answers: dict[str, str]) -> str:
    """What read-aloud says for the open guide: name, time limit, fee, place, materials."""
    parts = [matter.name, f"承诺办结时限,{limit_text(matter.promised_limit)}", matter.fee_statement]
    if matter.location:
        parts.append(f"办理地点,{matter.location}")
    parts.append("需要带的材料有")
    parts += [f"第{n}项,{m.name},{m.original_or_copy}{m.copies}份" for n, m in matter.materials_for(answers)]
    return "。".join(parts) + "。"
