"""Printing through CUPS: ``lp`` to submit, IPP to watch, ``cancel`` to clean up.

The kiosk has nobody at the printer, so a job that cannot print must not sit in the queue and
come out an hour later for someone else: on every failure, timeout or cancellation the job is
cancelled before the error is reported, and a queue that is disabled or not accepting is refused
before anything is sent. Faults are recognised from IPP keywords (``printer-state-reasons``,
``job-state``) and, for backends that only say it in words (the socket backend retrying a dead
address), from the backend's message in English or Chinese — cupsd speaks its own locale.
pycups would need a C build on every kiosk; the command-line tools are always there with CUPS.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import threading
import time

from kiosk.services.printing import DEFAULT_TIMEOUT, PrintBackend, PrintFailed, PrintOutcome, Progress, ignore_progress
from kiosk.services.printing_ipp import (
    JOB_ABORTED,
    JOB_CANCELED,
    JOB_COMPLETED,
    JOB_HELD,
    JOB_PENDING,
    JOB_STOPPED,
    PRINTER_STOPPED,
    CupsServer,
    IppError,
    JobState,
    NotFound,
    PrinterState,
)

COMMAND_TIMEOUT = 15.0
# printer-state-reasons keyword (without -error/-warning/-report) → failure code in printing.MESSAGES
REASONS = {
    "media-empty": "media_empty",
    "media-needed": "media_empty",
    "input-tray-missing": "media_empty",
    "media-jam": "media_jam",
    "door-open": "door_open",
    "cover-open": "door_open",
    "interlock-open": "door_open",
    "toner-empty": "marker_empty",
    "marker-supply-empty": "marker_empty",
    "developer-empty": "marker_empty",
    "offline": "offline",
    "shutdown": "offline",
    "paused": "stopped",
    "cups-missing-filter": "filter",
    "cups-insecure-filter": "filter",
}
# What backends write while they retry an address nobody answers (CUPS 2.4 texts and zh_CN).
UNREACHABLE_TEXTS = (
    "may not exist or is unavailable",
    "is unreachable",
    "is not responding",
    "is not connected",
    "unable to connect",
    "connection refused",
    "no route to host",
    "waiting for printer to become available",
    "暂时不存在或不可用",
    "暂时无法访问",
    "打印机无响应",
    "打印机未连接",
    "等待打印机变得可用",
)
# How long "connecting-to-device" may last before the printer counts as unreachable.
CONNECT_GRACE = 8.0


def _run(*args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(list(args), input=data, capture_output=True, timeout=COMMAND_TIMEOUT, env=env, check=False)


def cups_installed() -> bool:
    """Whether the CUPS client tools exist here (Linux, macOS); Windows has none."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def server() -> CupsServer:
    """The CUPS server the client tools use (``lpstat -H``: client.conf, CUPS_SERVER …)."""
    try:
        address = _run("lpstat", "-H").stdout.decode().strip()
    except (OSError, subprocess.TimeoutExpired):
        address = ""
    return CupsServer(address or "localhost:631")


def default_printer() -> str | None:
    """The system's default destination, or None (also when CUPS is absent or not running)."""
    if not cups_installed():
        return None
    try:
        out = _run("lpstat", "-d").stdout.decode(errors="replace")
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"system default destination:\s*(\S+)", out)
    return match.group(1) if match else None


def printer_names() -> list[str]:
    """Every CUPS destination, for the printer setting."""
    if not cups_installed():
        return []
    try:
        return _run("lpstat", "-e").stdout.decode(errors="replace").split()
    except (OSError, subprocess.TimeoutExpired):
        return []


def printer_problem(printer: PrinterState) -> tuple[str, str] | None:
    """(code, detail) when the printer cannot print now, else None."""
    for reason in printer.reasons:
        base = re.sub(r"-(error|warning|report)$", "", reason)
        if reason.endswith("-warning") or (reason.endswith("-report") and base != "offline"):
            continue
        if base in REASONS:
            return REASONS[base], reason
    if printer.state == PRINTER_STOPPED:
        return "stopped", printer.message or "printer-state=stopped"
    if not printer.accepting:
        return "not_accepting", printer.message
    return None


def unreachable(message: str) -> bool:
    text = message.lower()
    return any(t in text for t in UNREACHABLE_TEXTS)


def job_problem(job: JobState, printer: PrinterState, connecting_since: float | None) -> tuple[str, str] | None:
    """(code, detail) when this unfinished job will not print without someone's help, else None."""
    if job.state == JOB_HELD:
        return "held", ",".join(job.reasons)
    if job.state == JOB_STOPPED:
        found = printer_problem(printer)
        return found or ("filter", job.message or ",".join(job.reasons))
    found = printer_problem(printer)
    if found:
        return found
    if job.state != JOB_PENDING and (unreachable(job.message) or unreachable(printer.message)):
        return "unreachable", job.message or printer.message
    if connecting_since is not None and time.monotonic() - connecting_since > CONNECT_GRACE:
        return "unreachable", "connecting-to-device"
    return None


class CupsBackend(PrintBackend):
    """A CUPS queue, watched until the job is completed, failed, or out of time."""

    kind = "cups"

    def __init__(
        self, printer: str, *, timeout: float = DEFAULT_TIMEOUT, poll: float = 0.5, cups: CupsServer | None = None
    ) -> None:
        self.printer = printer
        self.timeout = timeout
        self.poll = poll
        self._cups = cups

    @property
    def cups(self) -> CupsServer:
        if self._cups is None:
            self._cups = server()
        return self._cups

    def label(self) -> str:
        return f"打印机 {self.printer}"

    def state(self) -> PrinterState:
        """The queue's state now; PrintFailed when CUPS or the queue is not there."""
        if not cups_installed():
            raise PrintFailed("no_cups", "lp/lpstat not found")
        try:
            return self.cups.printer(self.printer)
        except NotFound:
            raise PrintFailed("not_found", printer=self.printer) from None
        except IppError as exc:
            raise PrintFailed("no_cups", str(exc)) from None

    def print_pdf(
        self,
        pdf: bytes,
        *,
        title: str,
        copies: int = 1,
        progress: Progress = ignore_progress,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        deadline = time.monotonic() + self.timeout
        progress("正在检查打印机…")
        problem = printer_problem(self.state())
        if problem:
            raise PrintFailed(problem[0], problem[1], printer=self.printer)
        progress("正在发送到打印机…")
        job_id = self._submit(pdf, title, copies)
        try:
            self._watch(job_id, deadline, progress, cancel)
        except BaseException:
            self._cancel(job_id)
            raise
        return PrintOutcome("打印完成，请取走告知单。", job=f"{self.printer}-{job_id}")

    def _submit(self, pdf: bytes, title: str, copies: int) -> int:
        args = ["lp", "-d", self.printer, "-n", str(max(1, copies)), "-t", title, "-o", "job-sheets=none", "--", "-"]
        try:
            result = _run(*args, data=pdf)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintFailed("no_cups", f"lp: {exc}") from None
        out = result.stdout.decode(errors="replace") + result.stderr.decode(errors="replace")
        match = re.search(r"request id is \S+-(\d+)", out)
        if result.returncode == 0 and match:
            return int(match.group(1))
        lowered = out.lower()
        if "does not exist" in lowered or "unknown destination" in lowered:
            raise PrintFailed("not_found", out.strip(), printer=self.printer)
        if "not accepting" in lowered:
            raise PrintFailed("not_accepting", out.strip())
        if "scheduler is not running" in lowered or "unable to connect" in lowered:
            raise PrintFailed("no_cups", out.strip())
        raise PrintFailed("other", out.strip())

    def _watch(self, job_id: int, deadline: float, progress: Progress, cancel: threading.Event | None) -> None:
        connecting_since: float | None = None
        said = ""
        while True:
            if cancel is not None and cancel.is_set():
                raise PrintFailed("cancelled", "cancelled by the kiosk")
            try:
                job = self.cups.job(job_id)
                printer = self.cups.printer(self.printer)
            except IppError as exc:
                raise PrintFailed("no_cups", str(exc)) from None
            if job.state == JOB_COMPLETED:
                progress("打印完成")
                return
            if job.state == JOB_CANCELED:
                raise PrintFailed("cancelled", ",".join(job.reasons))
            if job.state == JOB_ABORTED:
                found = printer_problem(printer)
                raise PrintFailed(found[0] if found else "aborted", job.message or ",".join(job.reasons))
            connecting = any(r.startswith("connecting-to-device") for r in printer.reasons)
            connecting_since = (connecting_since or time.monotonic()) if connecting else None
            problem = job_problem(job, printer, connecting_since)
            if problem:
                raise PrintFailed(problem[0], problem[1], printer=self.printer)
            text = "正在排队等候…" if job.state == JOB_PENDING else "正在打印…"
            if text != said:
                progress(text)
                said = text
            if time.monotonic() >= deadline:
                raise PrintFailed("timeout", job.message or printer.message, seconds=int(self.timeout))
            time.sleep(self.poll)

    def _cancel(self, job_id: int) -> None:
        """Best effort: a failed job must not block the queue or print later by surprise."""
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            _run("cancel", f"{self.printer}-{job_id}")
