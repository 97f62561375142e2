"""What waits in a kiosk's outbox, told in one line per item, without personal data (``kiosk outbox``).

An installer or an admin looks at this on a village station whose line is down: enough to see
that ratings, opinions and notices are kept and when they were taken — nothing a resident wrote
(a rating's comment, an opinion's text or contact) and no phone number unmasked. A staff notice
shows what its paper shows anyway (serial, matter, applicant's name), the phone masked. No Qt.
"""

from __future__ import annotations

from typing import Any

from kiosk.data.offline.local_store import OutboxItem
from kiosk.services.notices import PROVISIONAL_LABEL, mask_phone

LEVEL_NAMES = ("overall", "efficiency", "competence", "attitude")
LEVEL_LABELS = {"overall": "整体", "efficiency": "效率", "competence": "水平", "attitude": "态度"}
KIND_LABELS = {"rating": "服务评价", "opinion": "预公开意见", "notice": "补正告知单"}


def describe(item: OutboxItem, queued_at: str = "") -> dict[str, Any]:
    """``{"kind", "uid", "created", "summary"}`` (plus ``serial`` or ``provisional_id`` for a notice)."""
    payload = item.payload
    created = str(payload.get("created_at") or payload.get("issued_at") or queued_at)
    found: dict[str, Any] = {"kind": item.kind, "uid": item.uid, "created": created, "summary": summary(item)}
    if item.kind == "notice":
        provisional = payload.get("provisional") or {}
        if provisional:
            found["provisional_id"] = str(provisional.get("id", ""))
        else:
            found["serial"] = str(payload.get("serial", ""))
    return found


def summary(item: OutboxItem) -> str:
    payload = item.payload
    if item.kind == "rating":
        levels = " ".join(f"{LEVEL_LABELS[k]}{payload.get(k, '?')}" for k in LEVEL_NAMES)
        parts = [f"服务评价 {levels}"]
        if payload.get("window"):
            parts.append(f"窗口 {payload['window']}")
        if payload.get("comment"):
            parts.append(f"附留言 {len(str(payload['comment']))} 字")
        return " · ".join(parts)
    if item.kind == "opinion":
        parts = [f"对预公开「{payload.get('pre_disclosure_key', '')}」的意见 {len(str(payload.get('text', '')))} 字"]
        if payload.get("contact"):
            parts.append("留有联系方式")
        return " · ".join(parts)
    if item.kind == "notice":
        provisional = payload.get("provisional") or {}
        number = f"{PROVISIONAL_LABEL} {provisional['id']}" if provisional else str(payload.get("serial", ""))
        notice = (payload.get("snapshot") or {}).get("notice") or {}
        parts = [f"补正告知单 {number}", str(payload.get("matter_name", ""))]
        applicant = " ".join(
            p
            for p in (str(payload.get("applicant_name", "")), mask_phone(str(payload.get("applicant_phone", ""))))
            if p
        )
        if applicant:
            parts.append(f"申请人 {applicant}")
        parts.append(f"需补正 {len(notice.get('to_supply', []))} 项")
        return " · ".join(p for p in parts if p)
    return KIND_LABELS.get(item.kind, item.kind)
