"""Printing: a real CUPS queue (cups-pdf) and real faults, Qt printing, the folder, the worker.

The CUPS tests print through ``cupsd`` exactly as the kiosk does and read the "paper" (the PDF
cups-pdf writes) back with pdftotext; they also render it with pdftoppm into
``screenshots/print/`` for a person to look at.
"""

from __future__ import annotations

import io
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from kiosk.errors import UserError
from kiosk.services import printing_cups
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notices import SERIAL, OneTimeNotice
from kiosk.services.pdf import PAGE_FORMATS, render_notice
from kiosk.services.print_worker import PrintJob
from kiosk.services.printing import (
    MESSAGES,
    FolderBackend,
    PrinterChoice,
    PrintFailed,
    available_choices,
    choose_backend,
)
from kiosk.services.printing_cups import CupsBackend, job_problem, printer_problem
from kiosk.services.printing_ipp import (
    JOB_PENDING,
    JOB_PROCESSING,
    JOB_STOPPED,
    PRINTER_IDLE,
    PRINTER_PROCESSING,
    PRINTER_STOPPED,
    JobState,
    PrinterState,
    decode_response,
    encode_request,
)
from kiosk.services.printing_qt import QtBackend
from tests.services.conftest import CupsTestbed

FAULT_SECONDS = 10.0


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def _fresh_staff_notice(notice_db) -> tuple[NoticeService, OneTimeNotice]:
    service = NoticeService(notice_db)
    draft = service.draft_missing(
        "M001", {"agent": "是"}, received=[1], staff_code="S01", applicant_phone="13812345678"
    )
    return service, service.issue(draft)


# -- real CUPS ----------------------------------------------------------------------------------


@pytest.mark.cups
@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_staff_notice_and_checklist_print_through_cups_pdf(
    cups: CupsTestbed, sqlite_notice_db, screenshots, page_format
):
    service, issued = _fresh_staff_notice(sqlite_notice_db)
    for kind, notice in (("staff", issued), ("checklist", service.checklist("M001", {"agent": "否"}))):
        outcome = CupsBackend(cups.pdf_queue, timeout=60).print_pdf(render_notice(notice, page_format), title=kind)
        paper = cups.output_of(outcome.job)
        text = _pdftotext(paper)
        if kind == "staff":
            assert issued.serial in text and SERIAL.search(issued.serial) and "13812345678" in text
            assert "需要补正的材料" in text and "授权委托书" in text
        assert "居民身份证" in text and "0739-5550101" in text
        for old in screenshots.glob(f"{kind}-{page_format}-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(paper), str(screenshots / f"{kind}-{page_format}")], check=True
        )
        assert list(screenshots.glob(f"{kind}-{page_format}-*.png"))


@pytest.mark.cups
def test_forty_materials_print_as_several_pages(cups: CupsTestbed, sqlite_notice_db, screenshots) -> None:
    notice = NoticeService(sqlite_notice_db).checklist("M040")
    outcome = CupsBackend(cups.pdf_queue).print_pdf(render_notice(notice), title="forty")
    paper = cups.output_of(outcome.job)
    assert len(pypdf.PdfReader(paper).pages) >= 2
    for old in screenshots.glob("forty-a4-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(paper), str(screenshots / "forty-a4")], check=True)


@pytest.mark.cups
def test_disabled_queue_is_explained_and_the_next_job_after_enabling_prints(cups: CupsTestbed, sample_pdf) -> None:
    backend = CupsBackend(cups.pdf_queue, timeout=60)
    subprocess.run(["cupsdisable", cups.pdf_queue], check=True)
    try:
        started = time.monotonic()
        with pytest.raises(PrintFailed) as failed:
            backend.print_pdf(sample_pdf, title="disabled")
        assert time.monotonic() - started < FAULT_SECONDS
        assert failed.value.code == "stopped" and failed.value.message == MESSAGES["stopped"]
    finally:
        subprocess.run(["cupsenable", cups.pdf_queue], check=True)
    outcome = backend.print_pdf(sample_pdf, title="after enabling")
    assert "打印测试页" in _pdftotext(cups.output_of(outcome.job))


@pytest.mark.cups
def test_dead_printer_socket_is_explained_and_its_job_cancelled(cups: CupsTestbed, sample_pdf) -> None:
    started = time.monotonic()
    with pytest.raises(PrintFailed) as failed:
        CupsBackend(cups.dead_queue, timeout=60).print_pdf(sample_pdf, title="dead")
    assert time.monotonic() - started < FAULT_SECONDS
    assert failed.value.code == "unreachable" and "连接不上打印机" in failed.value.message
    queued = subprocess.run(["lpstat", "-o", cups.dead_queue], capture_output=True, text=True, check=False).stdout
    assert queued.strip() == ""  # nothing left to come out of the printer later


@pytest.fixture
def silent_printer(cups: CupsTestbed) -> Iterator[str]:
    """A queue whose printer accepts the connection and then never reads: a job that never ends."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    queue = "kiosk-test-silent"
    port = listener.getsockname()[1]
    subprocess.run(
        [
            "lpadmin",
            "-p",
            queue,
            "-E",
            "-v",
            f"socket://127.0.0.1:{port}",
            "-m",
            "raw",
            "-o",
            "printer-error-policy=abort-job",
        ],
        capture_output=True,
        check=True,
    )
    try:
        yield queue
    finally:
        subprocess.run(["cancel", "-a", queue], capture_output=True, check=False)
        subprocess.run(["lpadmin", "-x", queue], capture_output=True, check=False)
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()


@pytest.mark.cups
def test_a_job_that_never_finishes_times_out_and_is_cancelled(silent_printer: str) -> None:
    big = b"%!PS\n" + b"% padding\n" * 2_000_000  # more than the socket buffers hold
    with pytest.raises(PrintFailed) as failed:
        CupsBackend(silent_printer, timeout=3, poll=0.2).print_pdf(big, title="never")
    assert failed.value.code == "timeout" and "3 秒" in failed.value.message
    queued = subprocess.run(["lpstat", "-o", silent_printer], capture_output=True, text=True, check=False).stdout
    assert queued.strip() == ""


@pytest.mark.cups
def test_the_printer_setting_offers_every_cups_queue(cups: CupsTestbed) -> None:
    values = [value for value, _label in available_choices()]
    assert values[0] == "auto" and f"cups:{cups.pdf_queue}" in values and values[-1].startswith("folder:")


@pytest.mark.cups
def test_unknown_queue_is_named(cups: CupsTestbed, sample_pdf) -> None:
    with pytest.raises(PrintFailed) as failed:
        CupsBackend("kiosk-no-such-printer").print_pdf(sample_pdf, title="x")
    assert failed.value.code == "not_found" and "kiosk-no-such-printer" in failed.value.message


# -- fault recognition without a printer -------------------------------------------------------


def _printer(state: int = PRINTER_IDLE, reasons: tuple[str, ...] = (), message: str = "") -> PrinterState:
    return PrinterState("p", state, reasons, message, True)


@pytest.mark.parametrize(
    ("reasons", "code"),
    [
        (("media-empty-error",), "media_empty"),
        (("media-needed",), "media_empty"),
        (("media-jam-error",), "media_jam"),
        (("offline-report",), "offline"),
        (("cover-open-error",), "door_open"),
        (("toner-empty-error",), "marker_empty"),
        (("cups-missing-filter-warning",), None),
        (("media-low-report", "toner-low-warning"), None),
    ],
)
def test_printer_state_reasons_become_plain_messages(reasons, code) -> None:
    found = printer_problem(_printer(PRINTER_PROCESSING, reasons))
    assert (found[0] if found else None) == code
    if code:
        assert MESSAGES[code]


def test_a_stopped_printer_or_a_stuck_job_is_a_fault() -> None:
    pending = JobState(1, JOB_PENDING, (), "", 0)
    assert job_problem(pending, _printer(PRINTER_STOPPED, ("paused",)), None) == ("stopped", "paused")
    processing = JobState(1, JOB_PROCESSING, ("job-printing",), "打印机暂时不存在或不可用。", 0)
    assert job_problem(processing, _printer(PRINTER_PROCESSING), None)[0] == "unreachable"  # type: ignore[index]
    filter_failed = JobState(1, JOB_STOPPED, ("job-completed-with-errors",), "loadFilename failed", 0)
    assert job_problem(filter_failed, _printer(), None) == ("filter", "loadFilename failed")
    assert job_problem(JobState(1, JOB_PROCESSING, (), "Sending data to printer.", 0), _printer(), None) is None
    long_ago = time.monotonic() - 60
    assert job_problem(JobState(1, JOB_PROCESSING, (), "", 0), _printer(), long_ago) == (
        "unreachable",
        "connecting-to-device",
    )


def test_ipp_messages_round_trip() -> None:
    request = encode_request(0x000B, [(0x45, "printer-uri", ["ipp://localhost/printers/p"]), (0x44, "x", ["a", "b"])])
    response = bytearray(request)
    response[2:4] = b"\x00\x00"
    status, values = decode_response(bytes(response))
    assert status == 0 and values == {"printer-uri": ["ipp://localhost/printers/p"], "x": ["a", "b"]}


# -- selection, folder, Qt, worker --------------------------------------------------------------


def test_printer_setting_chooses_the_backend(tmp_path: Path) -> None:
    assert isinstance(choose_backend(f"folder:{tmp_path}"), FolderBackend)
    named = choose_backend("cups:Kiosk_HP")
    assert isinstance(named, CupsBackend) and named.printer == "Kiosk_HP"
    assert isinstance(choose_backend("qt:"), QtBackend)
    assert str(PrinterChoice.parse(" auto ")) == "auto" and PrinterChoice.parse("HP1020").kind == "cups"
    with pytest.raises(UserError, match="无法识别"):
        choose_backend("lpr:x")


def test_without_a_default_printer_auto_saves_to_the_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing_cups, "default_printer", lambda: None)
    assert isinstance(choose_backend("auto"), FolderBackend)
    monkeypatch.setattr(printing_cups, "default_printer", lambda: "Front_Desk")
    chosen = choose_backend(None)
    assert isinstance(chosen, CupsBackend) and chosen.printer == "Front_Desk"


def test_folder_backend_saves_every_print_without_overwriting(tmp_path: Path, sample_pdf) -> None:
    backend = FolderBackend(tmp_path / "out")
    first = backend.print_pdf(sample_pdf, title="告知单 1/2")
    second = backend.print_pdf(sample_pdf, title="告知单 1/2")
    assert first.path and second.path and first.path != second.path
    assert first.path.read_bytes() == sample_pdf and "/" not in first.path.name.replace("1_2", "")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(PrintFailed) as failed:
        FolderBackend(blocked).print_pdf(sample_pdf, title="x")
    # the resident reads plain words; the folder is in the detail for whoever fixes it
    assert failed.value.code == "folder" and str(blocked) in failed.value.detail
    assert str(blocked) not in failed.value.message


def test_qt_backend_paints_every_page_at_the_pdf_size(qapp, tmp_path: Path, sqlite_notice_db) -> None:
    source = render_notice(NoticeService(sqlite_notice_db).checklist("M040"), "receipt")
    out = tmp_path / "qt.pdf"
    QtBackend(output_file=out, dpi=100).print_pdf(source, title="qt")
    printed, original = pypdf.PdfReader(out), pypdf.PdfReader(io.BytesIO(source))
    assert len(printed.pages) == len(original.pages) >= 2
    for a, b in zip(printed.pages, original.pages, strict=True):
        assert abs(float(a.mediabox.width) - float(b.mediabox.width)) < 2
        assert abs(float(a.mediabox.height) - float(b.mediabox.height)) < 2
    png = subprocess.run(
        ["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "1", str(out)], capture_output=True, check=True
    )
    assert len(png.stdout) > 1000  # a painted page, not an empty one


def test_print_job_runs_off_the_gui_thread_and_reports_the_outcome(qtbot, tmp_path: Path, sample_pdf) -> None:
    job = PrintJob(FolderBackend(tmp_path), sample_pdf, title="worker")
    seen: list[str] = []
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        job.start()
    assert done.args[0].path.read_bytes() == sample_pdf
    assert job.wait()
    assert seen == ["正在保存…"]


def test_print_job_failure_carries_the_plain_message(qtbot, tmp_path: Path, sample_pdf) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    job = PrintJob(FolderBackend(blocked), sample_pdf, title="worker")
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert failed.args[1] == "folder" and failed.args[0].startswith("无法把告知单保存到文件夹")
    assert job.wait()
