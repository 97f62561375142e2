"""``kiosk import`` of the county's shapes: what the technician sees, the report file, the progress bar."""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
from pathlib import Path

from kiosk.cli_import import bar
from tests.data.exchange import national_fixture as nf
from tests.data.exchange import office_fixture
from tests.test_cli import run


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def test_a_dry_run_of_a_national_folder_prints_the_detection_and_report_and_writes_nothing(tmp_path: Path, capsys):
    db = tmp_path / "a.sqlite3"
    folder = nf.write_folder(tmp_path / "b1", nf.batch1())
    code, out, err = run(
        capsys, "import", str(folder), "--dry-run", "--report", str(tmp_path / "r.html"), "--db", str(db)
    )
    assert code == 0, err
    assert out.startswith("识别为:国家标准交换表(文件夹,7 个表文件)")
    assert "[清洗] 受理条件:去掉 HTML 标签" in out and "[跳过] 材料 5" in out
    assert "检查通过(未写入,--dry-run)" in out and "matter: 3 new" in out
    assert "去掉 HTML 标签" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert _count(db, "matters") == 0 and _count(db, "exchange_rows") == 0
    code, out, _ = run(capsys, "import", str(folder), "--report", str(tmp_path / "r.csv"), "--db", str(db))
    assert code == 0 and "导入完成" in out and _count(db, "matters") == 3
    assert (
        (tmp_path / "r.csv")
        .read_text(encoding="utf-8-sig")
        .startswith("事项编码,事项名称,结果,类别,项目,说明,来源,原始行")
    )


def test_an_office_sheet_prints_its_column_mapping_and_takes_map(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    path = office_fixture.write(tmp_path / "清单.xlsx")
    code, out, _ = run(capsys, "import", str(path), "--dry-run", "--db", db)
    assert code == 0 and "  申请材料（必填） → 材料名称(material.name)" in out and "  经办科室 → (不导入)" in out
    code, out, _ = run(capsys, "import", str(path), "--dry-run", "--map", "经办科室=办理窗口", "--db", db)
    assert code == 0 and "  经办科室 → 办理窗口(matter.window)" in out
    code, _, err = run(capsys, "import", str(path), "--map", "经办科室", "--db", db)
    assert code == 2 and "--map 应写作 列名=字段" in err and err.count("\n") == 1


def test_wrong_options_for_the_shape_get_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.sqlite3")
    folder = nf.write_folder(tmp_path / "b1", nf.batch1())
    code, _, err = run(capsys, "import", str(folder), "--map", "a=b", "--db", db)
    assert code == 2 and "只用于办公表格" in err
    code, _, err = run(capsys, "import", str(folder), "--report", str(tmp_path / "r.pdf"), "--db", db)
    assert code == 2 and ".html 或 .csv" in err
    code, _, err = run(capsys, "import", str(folder), "--format", "audit", "--db", db)
    assert code == 2 and "国家标准交换表" in err
    old = tmp_path / "老表.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    code, _, err = run(capsys, "import", str(old), "--db", db)
    assert code == 2 and "另存为" in err


def test_a_terminal_sees_a_progress_bar(tmp_path: Path) -> None:
    assert bar("检查并保存", 1, 3) == "检查并保存 [##########--------------------]  33%"
    db = str(tmp_path / "a.sqlite3")
    folder = nf.write_folder(tmp_path / "b1", nf.batch1())
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "import", str(folder), "--db", db],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary, env={**os.environ},
    )  # fmt: skip
    os.close(secondary)
    seen = b""
    while True:
        ready, _, _ = select.select([primary], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    assert process.wait(timeout=120) == 0
    text = seen.decode("utf-8", "replace")
    assert "读取文件" in text and "完成 [##############################] 100%" in text
