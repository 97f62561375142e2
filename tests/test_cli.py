"""The command line: what a hall's technician types, and the one-line answers they get."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_export_then_import_round_trip(tmp_path: Path, capsys) -> None:
    db, other = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "export", str(tmp_path / "x.json"), "--db", db)
    assert code == 0 and "3 个一件事" in out and "智能导办问题树" in out  # the demo's bundles and tree went too
    assert run(capsys, "export", str(tmp_path / "x.xlsx"), "--db", db)[0] == 0
    code, out, _ = run(capsys, "import", str(tmp_path / "x.xlsx"), "--db", other)
    assert code == 0 and "35 new" in out
    run(capsys, "export", str(tmp_path / "y.json"), "--db", other)
    assert (tmp_path / "x.json").read_text(encoding="utf-8") == (tmp_path / "y.json").read_text(encoding="utf-8")


def test_demo_refuses_a_database_with_content_but_if_empty_succeeds(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "demo", "--db", db)
    code, _, err = run(capsys, "demo", "--db", db)
    assert code == 2 and "已有内容" in err and err.count("\n") == 1
    assert run(capsys, "demo", "--if-empty", "--db", db)[0] == 0


def test_bad_import_exits_2_and_leaves_the_database_untouched(tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.sqlite3"
    run(capsys, "demo", "--db", str(db))
    before = db.read_bytes() if not (tmp_path / "a.sqlite3-wal").exists() else None
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "hall-kiosk", "version": 1, "matters": [{"code": "X"}]}', encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad), "--db", str(db))
    assert code == 2 and "matters[0].name" in err and "数据库未做任何改动" in err
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from matters where code='X'").fetchone() == (0,)
    con.close()
    del before


def test_missing_file_and_unknown_extension_get_one_line(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"), "--db", db)
    assert code == 2 and "找不到文件" in err
    code, _, err = run(capsys, "export", str(tmp_path / "x.pdf"), "--db", db)
    assert code == 2 and ".json" in err


def test_bad_options_exit_2(capsys) -> None:
    assert run(capsys, "--size", "huge")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_unreachable_database_url_exits_2_with_a_message(capsys) -> None:
    code, _, err = run(capsys, "db", "upgrade", "--db", "postgresql+psycopg://x@127.0.0.1:1/y")
    assert code == 2 and "无法连接数据库" in err


def test_backup_then_restore_brings_content_back_and_keeps_a_safety_copy(tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.sqlite3"
    run(capsys, "demo", "--db", str(db))
    code, out, _ = run(capsys, "backup", str(tmp_path / "bk"), "--db", str(db))
    backup = next((tmp_path / "bk").glob("kiosk-*.sqlite3"))
    assert code == 0 and str(backup) in out
    con = sqlite3.connect(db)
    con.execute("delete from faq_items")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "restore", str(backup), "--yes", "--db", str(db))
    assert code == 0 and "已备份" in out
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from faq_items").fetchone()[0] > 0
    con.close()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "restore", str(junk), "--yes", "--db", db)
    assert code == 2 and "不是有效的" in err


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "db", "upgrade", "--db", str(tmp_path / "e.sqlite3")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "已是最新结构" in result.stdout


@pytest.mark.parametrize("screen", ["home", "services", "guide", "wizard", "bundle", "progress", "floorplan"])
def test_screenshot_writes_a_png_of_the_named_screen(tmp_path: Path, capsys, screen: str) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "demo", "--db", db)
    out = tmp_path / f"{screen}.png"
    code, _, err = run(capsys, "screenshot", "--screen", screen, "--size", "1080x1920", "--out", str(out), "--db", db)
    assert code == 0, err
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_a_named_bundle_and_of_an_unknown_one(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "demo", "--db", db)
    out = tmp_path / "bundle.png"
    code, _, err = run(
        capsys, "screenshot", "--screen", "bundle", "--bundle", "after_death", "--out", str(out), "--db", db
    )
    assert code == 0, err
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = tmp_path / "missing.png"
    code, _, err = run(
        capsys, "screenshot", "--screen", "bundle", "--bundle", "nope", "--out", str(missing), "--db", db
    )
    assert code == 2 and "nope" in err and not missing.exists()
    code, _, err = run(
        capsys, "screenshot", "--screen", "home", "--bundle", "after_death", "--out", str(missing), "--db", db
    )
    assert code == 2 and "--bundle" in err and not missing.exists()


def test_screenshot_of_an_unknown_screen_names_the_real_ones(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "screenshot", "--screen", "nowhere", "--out", str(tmp_path / "x.png"),
                       "--db", str(tmp_path / "a.sqlite3"))  # fmt: skip
    assert code == 2 and "home" in err


def test_the_command_line_offers_the_page_formats_the_pdf_module_makes() -> None:
    from kiosk.cli_notices import PAGE_FORMATS
    from kiosk.services.pdf import PAGE_FORMATS as MADE

    assert PAGE_FORMATS == MADE


def test_the_command_line_offers_the_import_shapes_the_detection_knows() -> None:
    from kiosk.cli_import import FORMAT_HELP, FORMATS
    from kiosk.data.exchange import detect

    assert (FORMATS, FORMAT_HELP) == (detect.FORMATS, detect.FORMAT_HELP)


def test_screenshot_of_an_unknown_matter_or_a_matter_on_another_screen_fails_and_writes_nothing(
    tmp_path: Path, capsys
) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "demo", "--db", db)
    out = tmp_path / "x.png"
    code, _, err = run(capsys, "screenshot", "--screen", "guide", "--matter", "UNKNOWN", "--out", str(out), "--db", db)
    assert code == 2 and "UNKNOWN" in err and err.count("\n") == 1 and not out.exists()
    code, _, err = run(capsys, "screenshot", "--screen", "staff", "--matter", "X", "--out", str(out), "--db", db)
    assert code == 2 and "--matter" in err and not out.exists()


def test_screenshot_of_a_screen_that_cannot_be_built_fails_instead_of_showing_home(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from kiosk.screens.guide import GuideScreen

    db = str(tmp_path / "a.sqlite3")
    run(capsys, "demo", "--db", db)

    def broken(self) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("a guide that cannot be laid out")

    monkeypatch.setattr(GuideScreen, "refresh", broken)
    out = tmp_path / "g.png"
    code, _, err = run(capsys, "screenshot", "--screen", "guide", "--out", str(out), "--db", db)
    assert code == 2 and "guide" in err and not out.exists()


def test_screenshot_of_the_floor_plan_shows_the_window_of_the_matter(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "demo", "--db", db)
    out = tmp_path / "plan.png"
    matter = "4399231050000-JF-00105-001"  # 医疗救助申请, at window 2 of the demo plan
    code, _, err = run(capsys, "screenshot", "--screen", "floorplan", "--matter", matter, "--out", str(out), "--db", db)
    assert code == 0, err
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, _, err = run(capsys, "screenshot", "--screen", "floorplan", "--matter", "NOPE", "--out", str(out), "--db", db)
    assert code == 2 and "NOPE" in err
