"""kill -9 while notices are being issued: every archived notice whose paper (here: PDF) never came out
is 未打印, none is marked done without its output, and each can be reprinted afterwards.

The process is the real command line (``kiosk.cli.main(["notice", …])``) called in a loop, so the
kill lands anywhere in take serial → archive → render → write → mark. It is killed at random
moments until at least three notices were caught between their serial and their output.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kiosk.services.notice_archive import NoticeService
from tests.services.conftest import pdftotext_pages
from tests.test_cli import run

DRIVER = """
import sys
from kiosk.cli import main
db, folder, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(first, first + 1000):
    main(["--db", db, "notice", "--matter", "M001", "--answers", "agent=是", "--received", "1",
          "--staff", "S01", "--out", f"{folder}/n-{i:05d}.pdf"])
"""


def _serial_in(pdf: Path) -> str | None:
    """The serial printed on a complete PDF; None for a file cut short by the kill."""
    try:
        text = "".join(pdftotext_pages(pdf.read_bytes()))
    except subprocess.CalledProcessError:
        return None
    found = re.search(r"编号[:：]\s*(\S+告〔\d{4}〕\d{4,}号)", text)
    return found.group(1) if found else None


def test_kill_9_while_issuing_leaves_every_notice_that_never_came_out_unprinted(
    sqlite_notice_db, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_notice_db.url.removeprefix("sqlite:///")
    folder = tmp_path / "out"
    folder.mkdir()
    notices = NoticeService(sqlite_notice_db)
    chance = random.Random(9)
    rounds = 0
    while rounds < 25 and (rounds < 5 or len(notices.unprinted()) < 3):
        before = len(list(folder.glob("*.pdf")))
        process = subprocess.Popen(
            [sys.executable, "-c", DRIVER, db, str(folder), str(rounds * 1000)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while len(list(folder.glob("*.pdf"))) == before and time.monotonic() < deadline:
            time.sleep(0.02)  # started: its imports are done and it is issuing
        time.sleep(chance.uniform(0.0, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        rounds += 1

    archived = {s.serial: s.print_state for s in notices.search(limit=10_000)}
    written = {serial for pdf in folder.glob("*.pdf") if (serial := _serial_in(pdf))}
    done = {serial for serial, state in archived.items() if state == "saved"}
    waiting = {serial for serial, state in archived.items() if state == "pending"}
    with capsys.disabled():
        print(
            f"\nkill -9 × {rounds}: {len(archived)} serials archived, {len(written)} complete PDFs, "
            f"{len(waiting)} marked 未打印 ({len(waiting - written)} with no PDF, "
            f"{len(waiting & written)} killed between the file and the mark)"
        )
    assert set(archived.values()) <= {"saved", "pending"}
    assert done <= written, "a notice is marked done without its PDF"
    assert set(archived) - written <= waiting, "a notice that never came out is not marked 未打印"
    assert len(waiting) >= 3
    assert {s.serial for s in notices.unprinted()} == waiting

    for serial in sorted(waiting):  # each one can be reprinted, and then it is done
        code, _out, err = run(capsys, "--db", db, "notice", "--reprint", serial, "--out", str(tmp_path / "again.pdf"))
        assert code == 0, err
        assert _serial_in(tmp_path / "again.pdf") == serial
    assert notices.unprinted() == []
    sqlite_notice_db.dispose()
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
