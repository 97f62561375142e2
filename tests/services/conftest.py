"""Fixtures for notices and printing: a hall to issue notices from, and a real CUPS.

The CUPS fixture does what an installer would: start ``cupsd`` when it is not running, add a
cups-pdf queue (the "printer" whose paper is a PDF file) and a queue whose device is a dead
socket, both with ``printer-error-policy=abort-job`` so a fault never leaves a queue stopped.
Starting cupsd and adding queues needs root; without it the CUPS tests *fail* and say so — a
skipped printing test would read as a passing one.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import io
import os
import pwd
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import factories

REPO = Path(__file__).resolve().parents[2]
PDF_QUEUE = "kiosk-test-pdf"
DEAD_QUEUE = "kiosk-test-dead"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPS_LOCK = Path("/tmp/kiosk-tests-cups.lock")
ISSUE_TIME = dt.datetime(2026, 3, 4, 9, 30)


def pypdf_pages(data: bytes) -> list[str]:
    """The text of each page as pypdf extracts it."""
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdftotext_pages(data: bytes) -> list[str]:
    """The text of each page as poppler's pdftotext extracts it."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True).stdout
    return out.decode().split("\f")[:-1]


EXTRACTORS: dict[str, Callable[[bytes], list[str]]] = {"pypdf": pypdf_pages, "pdftotext": pdftotext_pages}


@pytest.fixture
def notice_db(database):  # type: ignore[no-untyped-def]
    """A database of each kind holding the notice test hall (``factories.notice_bundle``)."""
    from kiosk.data.store import save_bundle

    with database.session() as session:
        save_bundle(session, factories.notice_bundle(), action="test", actor="test")
        session.commit()
    return database


@pytest.fixture
def sqlite_notice_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The notice test hall in an SQLite file, for tests that need content but not both databases."""
    from kiosk.data.db import open_database
    from kiosk.data.store import save_bundle

    database = open_database(str(tmp_path / "notices.sqlite3"))
    with database.session() as session:
        save_bundle(session, factories.notice_bundle(), action="test", actor="test")
        session.commit()
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def sample_pdf() -> bytes:
    """``kiosk print-test``'s page: small, and full of CJK, digits and brackets."""
    from kiosk.cli_notices import sample_notice
    from kiosk.services.pdf import render_notice

    return render_notice(sample_notice())


@pytest.fixture
def screenshots() -> Path:
    """``screenshots/print/`` in the repository (ignored by git): rendered prints to look at."""
    folder = REPO / "screenshots" / "print"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _c_env() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}


def _run(*cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(cmd), capture_output=True, text=True, timeout=60, env=_c_env(), check=False)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed: {result.stderr or result.stdout}")
    return result


def _scheduler_running() -> bool:
    if not shutil.which("lpstat"):
        return False
    return "scheduler is running" in _run("lpstat", "-r", check=False).stdout


@dataclass
class CupsTestbed:
    """The running CUPS with the test queues, and where cups-pdf puts its output."""

    pdf_queue: str
    dead_queue: str
    output_dirs: tuple[Path, ...]

    def output_of(self, job: str, timeout: float = 20.0) -> Path:
        """The PDF cups-pdf wrote for ``job`` (``queue-id``), named ``job_<id>-<title>.pdf`` (Label=1)."""
        job_id = job.rpartition("-")[2]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for folder in self.output_dirs:
                found = sorted(folder.glob(f"job_{job_id}-*.pdf")) if folder.is_dir() else []
                if found:
                    return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote no file for job {job} in {', '.join(map(str, self.output_dirs))}")


def _cups_pdf_dirs() -> tuple[Path, ...]:
    """cups-pdf's ``Out`` folder for this user (``${HOME}``/``${USER}`` expanded) and the anonymous one."""
    out, anonymous = "/var/spool/cups-pdf/${USER}", "/var/spool/cups-pdf/ANONYMOUS"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            match = re.match(r"^\s*(Out|AnonDirName)\s+(\S+)", line)
            if match and match.group(1) == "Out":
                out = match.group(2)
            elif match:
                anonymous = match.group(2)
    user = pwd.getpwuid(os.getuid())
    out = out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
    return Path(out), Path(anonymous)


_cups_lock: list = []  # [open file, holders]: this fixture is also imported by tests/screens, so one
# process may set it up twice; flock on a second open file of the same process would wait for itself.


def _hold_cups_lock() -> None:
    if _cups_lock:
        _cups_lock[1] += 1
        return
    lock = open(CUPS_LOCK, "w")  # noqa: SIM115 - held until the last fixture instance ends
    fcntl.flock(lock, fcntl.LOCK_EX)
    _cups_lock[:] = [lock, 1]


def _release_cups_lock() -> None:
    _cups_lock[1] -= 1
    if _cups_lock[1] == 0:
        _cups_lock.pop(0).close()
        _cups_lock.clear()


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsTestbed]:
    """cupsd running with a cups-pdf queue and a dead-socket queue (started and added when missing).

    Module-scoped: the queues (and the lock that keeps other test runs off them) are held only
    while a printing module runs.
    """
    missing = [
        tool for tool in ("lp", "lpstat", "lpadmin", "cupsenable", "pdftotext", "pdftoppm") if not shutil.which(tool)
    ]
    if missing or not Path("/usr/sbin/cupsd").exists():
        pytest.fail(
            "CUPS tests need cups, cups-client, printer-driver-cups-pdf and poppler-utils "
            f"(missing: {missing or 'cupsd'}); run scripts/setup.sh test"
        )
    # One test run at a time owns the queues: a second run (another checkout's suite) waits here
    # instead of cancelling this run's jobs or deleting its queues at teardown.
    _hold_cups_lock()
    started = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.fail(
                "cupsd is not running and only root can start it: run the CUPS tests as root (as CI does) or start cups"
            )
        _run("/usr/sbin/cupsd")
        deadline = time.monotonic() + 30
        while not _scheduler_running():
            if time.monotonic() > deadline:
                pytest.fail("started /usr/sbin/cupsd but `lpstat -r` never said it is running")
            time.sleep(0.2)
        pid_file = Path("/run/cups/cupsd.pid")
        started = int(pid_file.read_text().strip()) if pid_file.exists() else None
    if os.geteuid() != 0:
        pytest.fail("adding the test printer queues needs root (lpadmin): run the CUPS tests as root, as CI does")
    drivers = _run("lpinfo", "-m").stdout
    # The "_opt" driver: only it has the Label and TitlePref options set below.
    ppd = next((line.split()[0] for line in drivers.splitlines() if "CUPS-PDF_opt" in line), None)
    if ppd is None:
        pytest.fail("no CUPS-PDF_opt driver in `lpinfo -m`: install printer-driver-cups-pdf")
    # cups-pdf turns the job into PostScript and back through Ghostscript; with the default
    # renderers the Chinese text survives only as pictures. pdftocairo keeps it extractable,
    # so the test can read the serial back from the "paper". Label=1 and TitlePref=1 name the
    # output job_<id>-<title>.pdf (the default label is cut off after long CJK titles).
    pdf_options = ["pdftops-renderer-default=pdftocairo", "Label=1", "TitlePref=1", "printer-error-policy=abort-job"]
    _run("lpadmin", "-p", PDF_QUEUE, "-E", "-v", "cups-pdf:/", "-m", ppd, *[f"-o{o}" for o in pdf_options])
    dead = ["-v", "socket://127.0.0.1:9", "-m", "drv:///sample.drv/generic.ppd", "-o", "printer-error-policy=abort-job"]
    _run("lpadmin", "-p", DEAD_QUEUE, "-E", *dead)
    for queue in (PDF_QUEUE, DEAD_QUEUE):
        _run("cancel", "-a", queue, check=False)
        _run("cupsenable", queue)
        _run("cupsaccept", queue)
    try:
        yield CupsTestbed(PDF_QUEUE, DEAD_QUEUE, _cups_pdf_dirs())
    finally:
        for queue in (PDF_QUEUE, DEAD_QUEUE):
            _run("cancel", "-a", queue, check=False)
            _run("lpadmin", "-x", queue, check=False)
        if started:
            os.kill(started, signal.SIGTERM)
        _release_cups_lock()
