"""Opinions on a plan (预公开意见) as a CSV file for Excel: the admin's "Export as CSV…". No Qt.

Written as UTF-8 with a byte-order mark: Excel on a Chinese Windows opens a CSV without one in
the ANSI code page (GBK) and shows the Chinese as mojibake. A text a resident typed that begins
like a formula (= + - @) gets a leading apostrophe, so Excel shows it and never evaluates it
(OWASP "CSV injection"). Contacts are personal data leaving the kiosk, so every export is audited
(which plan, which file, how many lines — never the contacts themselves).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from kiosk.data import audit_log
from kiosk.data.db import Database
from kiosk.data.feedback import FeedbackRepository, OpinionRecord
from kiosk.errors import UserError

EXPORT_OPINIONS = "export.opinions"  # the audit action
HEADERS = ("时间", "意见", "联系方式", "终端", "立场", "采纳情况", "理由")
STANCE_WORDS = {"support": "支持", "oppose": "反对", "other": "其他"}
ADOPTION_WORDS = {"adopted": "采纳", "not_adopted": "不采纳", "": "未答复"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE = re.compile(r"[^\w.-]+")


def local_time(utc: dt.datetime) -> str:
    """Opinions are stamped in UTC; the file shows the hall's local time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_name(key: str, at: dt.datetime) -> str:
    """``opinions-YGK2026-001-20261126-103000.csv``: no characters a USB disk's file system refuses."""
    name = _UNSAFE.sub("_", key).strip("._") or "plan"
    return f"opinions-{name}-{at:%Y%m%d-%H%M%S}.csv"


def write_opinions_csv(path: Path, opinions: Sequence[OpinionRecord], headers: Sequence[str] = HEADERS) -> None:
    """One row per opinion in the given order: time, text, contact, kiosk, stance, answer, reason."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        for opinion in opinions:
            writer.writerow(
                [
                    local_time(opinion.created_at),
                    safe_cell(opinion.text),
                    safe_cell(opinion.contact),
                    opinion.kiosk_id,
                    STANCE_WORDS.get(opinion.stance, opinion.stance),
                    ADOPTION_WORDS.get(opinion.adoption, opinion.adoption),
                    safe_cell(opinion.adoption_reason),
                ]
            )


def export_opinions(
    database: Database,
    folder: Path,
    key: str,
    *,
    actor: str,
    headers: Sequence[str] = HEADERS,
    at: dt.datetime | None = None,
) -> Path:
    """Write the opinions on the plan ``key`` (newest first) into a new CSV file in ``folder``; returns it."""
    if not folder.is_dir():
        raise UserError(f"找不到文件夹 {folder}（U 盘是否已拔出？）")
    opinions = FeedbackRepository(database).opinions(key)[::-1]
    target = folder / csv_name(key, at or dt.datetime.now())
    try:
        write_opinions_csv(target, opinions, headers)
    except OSError as exc:
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}") from None
    with database.session() as session:
        audit_log.record(session, actor, EXPORT_OPINIONS, "pre_disclosure", key, f"{target}（{len(opinions)} 条）")
        session.commit()
    return target
