"""The demo hall: the seed bulletin verbatim, plus a sample hall with its service matters.

``bulletin.txt`` is the hall's wall text as it was copied (its first lines are the noise of the
web page it came from; the bulletin starts at 「外墙1」). It is turned into disclosures grouped by
wall with every heading kept. The list in 政务公开制度 二(二) names what is disclosed to staff
only (对内公开), so it becomes a staff-audience disclosure and never reaches the public screens.
``hall.json`` holds the sample hall, marked ``is_sample``.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

from sqlalchemy.orm import Session

from kiosk.data.schema import BundleDoc, DisclosureDoc
from kiosk.data.store import SaveReport, save_bundle

WALL = re.compile(r"^(外墙\d+)[::](.+)$")
SECTION = re.compile(r"^[一二三四五六七八九十]+、[^,。;:]{1,12}$")
SUBSECTION = re.compile(r"^[((][一二三四五六七八九十]+[))][^,。;:]{1,14}$")
ENDING_PUNCTUATION = "。;,:;:,、"
STAFF_ONLY_HEADING = "(二)向大厅工作人员公开的内容"


def _is_article_title(line: str) -> bool:
    return (
        len(line) <= 20
        and not any(p in line for p in ENDING_PUNCTUATION + "“”")
        and not SECTION.match(line)
        and not SUBSECTION.match(line)
        and not line[0].isdigit()
    )


def _markdown(lines: list[str]) -> str:
    """Body paragraphs verbatim; section headings become Markdown headings."""
    out = []
    for line in lines:
        if SECTION.match(line):
            out.append(f"### {line}")
        elif SUBSECTION.match(line):
            out.append(f"#### {line}")
        else:
            out.append(line)
    return "\n\n".join(out) + "\n"


def bulletin_text() -> str:
    return resources.files("kiosk.data.demo_content").joinpath("bulletin.txt").read_text(encoding="utf-8")


def bulletin_lines(text: str) -> list[str]:
    """The bulletin's non-empty lines from 「外墙1」 on."""
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if WALL.match(line))
    return [line for line in lines[start:] if line]


def seed_disclosures(text: str) -> tuple[list[tuple[str, str]], list[DisclosureDoc]]:
    """Boards (code, title) and the disclosures of the seed bulletin, in wall order."""
    boards: list[tuple[str, str]] = []
    articles: list[tuple[str, str, list[str]]] = []  # board, title, lines
    for line in bulletin_lines(text):
        wall = WALL.match(line)
        if wall:
            boards.append((wall.group(1), wall.group(2).strip()))
        elif _is_article_title(line):
            articles.append((boards[-1][0], line, []))
        else:
            articles[-1][2].append(line)
    docs: list[DisclosureDoc] = []
    for n, (board, title, lines) in enumerate(articles, start=1):
        public, staff = _split_staff_only(lines)
        docs.append(DisclosureDoc(key=f"seed-{n:02d}", title=title, body=_markdown(public), board=board, sort=n * 10))
        if staff:
            docs.append(
                DisclosureDoc(
                    key=f"seed-{n:02d}-staff",
                    title=f"{title} · 对内公开内容",
                    body=_markdown(staff),
                    board=board,
                    audience="staff",
                    sort=n * 10 + 1,
                )
            )
    return boards, docs


def _split_staff_only(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut the staff-only list (二(二), up to the next section) out of an article."""
    if STAFF_ONLY_HEADING not in lines:
        return lines, []
    start = lines.index(STAFF_ONLY_HEADING)
    end = next(
        (i for i in range(start + 1, len(lines)) if re.match(r"^[一二三四五六七八九十]+、", lines[i])), len(lines)
    )
    return lines[:start] + lines[end:], lines[start:end]


def demo_bundle() -> BundleDoc:
    """The whole demo hall as one document."""
    bundle = BundleDoc.model_validate_json(
        resources.files("kiosk.data.demo_content").joinpath("hall.json").read_text(encoding="utf-8")
    )
    boards, disclosures = seed_disclosures(bulletin_text())
    if bundle.hall is not None:
        titles = {b.code: b for b in bundle.hall.boards}
        for sort, (code, title) in enumerate(boards, start=1):
            if code not in titles:
                bundle.hall.boards.append(type(bundle.hall.boards[0])(code=code, title=title, sort=sort))
    bundle.disclosures = disclosures + bundle.disclosures
    return bundle


def load_demo(session: Session, today: dt.date | None = None) -> SaveReport:
    """Save the demo hall into the caller's transaction, with the service loop's samples (ratings over
    the last months, 差评 cases in every state, complaints, a decided plan) dated from ``today``."""
    from kiosk.services.supervision.samples import load_samples  # the samples go through the service rules

    report = save_bundle(session, demo_bundle(), action="demo", actor="demo")
    load_samples(session, today or dt.date.today())
    return report
