"""What leaves the console: the public 监督 board, exports and the kiosk's snapshot never hold a resident's contact."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import openpyxl

from kiosk.cli import main
from kiosk.data.exchange import export_file
from kiosk.data.local_store import LocalStore
from kiosk.data.repository import ContentRepository
from tests.services.supervision.helpers import RESIDENT, SECRETS, rate, the_whole_loop


def test_no_public_reader_export_or_snapshot_holds_a_residents_contact(sqlite_demo, tmp_path: Path) -> None:
    the_whole_loop(sqlite_demo)
    local = LocalStore(tmp_path / "local.sqlite3")
    content = ContentRepository(sqlite_demo, local)
    content.prefetch()
    board = content.supervision_board()
    assert board.cases and board.cases[0].problem == "未一次性告知材料(群众电话135****8888)"
    public = json.dumps(
        [repr(board), repr(content.complaint_results()), repr(content.decisions()), repr(content.pre_disclosures())],
        ensure_ascii=False,
    )
    assert "孙**" in public and "周**" in public
    local.close()
    snapshot = sqlite3.connect(tmp_path / "local.sqlite3")
    stored = "\n".join(str(row) for row in snapshot.execute("SELECT key, value FROM snapshot"))
    snapshot.close()
    assert "135****8888" in stored  # the board is in the snapshot, masked
    export_file(sqlite_demo, tmp_path / "hall.json")
    export_file(sqlite_demo, tmp_path / "hall.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "hall.xlsx", read_only=True)
    cells = "\n".join(str(c) for sheet in workbook for row in sheet.iter_rows(values_only=True) for c in row if c)
    workbook.close()
    exported = (tmp_path / "hall.json").read_text(encoding="utf-8")
    assert "周末开放" in exported and "周末开放" in cells  # the decision is exported, like any content
    for where, text in {"public": public, "snapshot": stored, "json": exported, "xlsx": cells}.items():
        leaks = [secret for secret in SECRETS if secret in text]
        assert leaks == [], f"{where} holds {leaks}"


def test_kiosk_cases_never_prints_the_contact(sqlite_demo, capsys) -> None:
    the_whole_loop(sqlite_demo)
    rate(sqlite_demo, dt.datetime.now().replace(microsecond=0), comment="等太久", contact=RESIDENT)
    url = sqlite_demo.url
    assert main(["cases", "--db", url, "--all", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["count"] == 2 and {c["status"] for c in printed["cases"]} == {"verifying", "visited"}
    assert all(c["has_contact"] for c in printed["cases"]) and RESIDENT not in json.dumps(printed)
    assert main(["cases", "--db", url]) == 0
    table = capsys.readouterr().out
    assert "待核实" in table and RESIDENT not in table
