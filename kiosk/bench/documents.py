"""The paper and the files: a checklist PDF against a bare ReportLab document of the same text,
and ``kiosk import`` of the whole catalogue into an empty database (time and peak memory). No Qt.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.errors import UserError


def _best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def pdf_text_lines(data: bytes) -> list[list[str]]:
    """The text of each page of a PDF, line by line (PDFium's text extraction)."""
    import pypdfium2

    pages = []
    pdf = pypdfium2.PdfDocument(data)
    try:
        for page in pdf:
            text = page.get_textpage().get_text_range()
            pages.append([line for line in text.splitlines() if line.strip()])
            page.close()
    finally:
        pdf.close()
    return pages


def bare_document(pages: list[list[str]], font: str) -> bytes:
    """The same lines as a plain ReportLab document: one paragraph per line in the same embedded
    font (Chinese line breaking), the same pages, no tables, no QR codes, no page furniture."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("bare", fontName=font, fontSize=10, leading=13, wordWrap="CJK")
    story: list[Any] = []
    for number, lines in enumerate(pages):
        if number:
            story.append(PageBreak())
        story += [Paragraph(escape(line), style) for line in lines]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=True).build(story)
    return out.getvalue()


def pdf_ratio(db: Path, code: str, repeat: int = 5) -> dict[str, Any]:
    """The checklist PDF of matter ``code`` (as the kiosk makes it) against a bare document of its text."""
    from kiosk.data.db import open_database
    from kiosk.data.repository import ContentRepository
    from kiosk.services.fonts import register_pdf_font
    from kiosk.services.notice_archive import NoticeService
    from kiosk.services.pdf import render_notice

    database = open_database(str(db))
    try:
        content = ContentRepository(database)
        matter = content.matter(code)
        if matter is None:
            raise UserError(f"no matter {code}")
        notice = NoticeService(database, content=content).checklist_for(matter, {})
    finally:
        database.dispose()
    from kiosk.services import qr_codes

    qr_codes.forget()
    font = register_pdf_font()
    started = time.perf_counter()
    ours = render_notice(notice, "a4")  # the first one makes the QR code too (the kiosk makes it ahead)
    first = time.perf_counter() - started
    pages = pdf_text_lines(ours)
    render_notice(notice, "a4")  # both warmed up: fonts parsed, caches filled
    bare_document(pages, font)
    seconds = reference = 0.0
    for _ in range(2):  # interleaved, so a burst of load on the machine hits both
        seconds = min(seconds or 1e9, _best(lambda: render_notice(notice, "a4"), repeat))
        reference = min(reference or 1e9, _best(lambda: bare_document(pages, font), repeat))
    return {
        "pdf_s": round(seconds, 4),
        "pdf_ref_s": round(reference, 4),
        "pdf_ratio": round(seconds / reference, 3),
        "pdf_first_s": round(first, 4),
        "pdf_pages": len(pages),
        "pdf_materials": len(matter.materials),
    }


def export_catalogue(db: Path, out: Path) -> Path:
    from kiosk.data.db import open_database
    from kiosk.data.exchange import export_file

    database = open_database(str(db))
    try:
        export_file(database, out)
    finally:
        database.dispose()
    return out


def empty_database(path: Path) -> Path:
    from kiosk.data.db import open_database

    open_database(str(path)).dispose()  # created and migrated to head, nothing in it
    return path


def time_import(export: Path, empty: Path, env: dict[str, str]) -> dict[str, Any]:
    """``kiosk import EXPORT --db EMPTY`` as a person runs it: wall time and the process's peak RSS
    (reported by the process itself, ``kiosk.bench.peak``: the rusage of a child counts its parent)."""
    report = empty.with_name(empty.name + ".peak")
    report.unlink(missing_ok=True)
    started = time.monotonic()
    process = subprocess.run(
        [sys.executable, "-m", "kiosk.bench.peak", str(report), "import", str(export), "--db", str(empty)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    seconds = time.monotonic() - started
    if process.returncode != 0:
        raise UserError(f"kiosk import {export.name} failed with exit status {process.returncode}")
    try:
        peak_mib = float(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UserError(f"kiosk import {export.name} did not report its memory") from None
    return {
        "import_s": round(seconds, 3),
        "import_peak_mb": round(peak_mib, 1),
        "import_file_mb": round(export.stat().st_size / 1024 / 1024, 1),
    }
