"""``kiosk cases`` on bad input, and ``kiosk screenshot`` of the service loop's console pages and whole board."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits on bad options
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [["--today", "2026-02-30"], ["--overdue", "--all"], ["--json", "--overdue", "--closed"], ["--late"]],
    ids=["no-such-day", "two-filters", "three-filters", "unknown-option"],
)
def test_kiosk_cases_refuses_bad_input_with_one_message_and_status_2(tmp_path: Path, capsys, argv) -> None:
    code, out, err = run(capsys, "cases", "--db", str(tmp_path / "a.sqlite3"), *argv)
    assert code == 2 and out == "" and err.count("kiosk:") == 1


def test_kiosk_cases_on_a_database_that_is_not_there_says_so(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "cases", "--db", "postgresql+psycopg://kiosk@127.0.0.1:1/none")
    assert code == 2 and "无法连接数据库" in err


def test_screenshots_of_the_case_list_and_of_the_whole_board(tmp_path: Path, capsys) -> None:
    from PySide6.QtGui import QImage

    db = str(tmp_path / "demo.sqlite3")
    assert run(capsys, "demo", "--db", db)[0] == 0
    cases = tmp_path / "cases.png"
    code, _, err = run(capsys, "screenshot", "--screen", "cases", "--out", str(cases), "--db", db)
    assert code == 0, err
    assert (QImage(str(cases)).width(), QImage(str(cases)).height()) == (1920, 1080)
    board = tmp_path / "board.png"
    code, _, err = run(capsys, "screenshot", "--screen", "supervision", "--full-page", "--out", str(board), "--db", db)
    assert code == 0, err
    assert QImage(str(board)).height() > 3 * 1080  # phones, channels, results and rectifications, all of it
