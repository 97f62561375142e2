"""``kiosk import``: any shape the county has, with the report, a progress bar and the column mapping.

    kiosk import FILE|FOLDER [--format auto|json|xlsx|national|audit|sheet] [--dry-run]
                 [--report FILE.html|FILE.csv] [--publish-anyway] [--map 列名=字段 ...]

The detection is printed first, for an office spreadsheet also the column mapping (change it with
``--map``); then a progress bar on a terminal; then the report (every matter with something to
say) and one summary line. Bad input: one clear message, exit status 2, nothing changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from kiosk.errors import UserError

COLUMNS = 30
# kiosk.data.exchange.detect's FORMATS and FORMAT_HELP (tested equal): importing that module to build
# the parser loaded every importer, half a second on each start of every command, the kiosk's included
FORMATS = ("auto", "json", "xlsx", "national", "audit", "sheet")
FORMAT_HELP = "json/xlsx = 本系统格式;national = 国家标准交换表;audit = 省级 AUDIT_* JSON;sheet = 办公表格"
STEP_WORDS = {"reading": "读取文件", "saving": "检查并保存", "committing": "写入数据库"}


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser(
        "import",
        help="import a file or folder: the kiosk's JSON/Excel, national exchange tables (folder or zip), "
        "provincial AUDIT_* JSON, or an office spreadsheet (all or nothing)",
        parents=[common],
    )
    imp.add_argument("file", type=Path, help="a file, or a folder of national exchange tables")
    imp.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")
    imp.add_argument("--format", choices=FORMATS, default="auto", help=f"force the shape ({FORMAT_HELP})")
    imp.add_argument("--report", type=Path, metavar="FILE.html|FILE.csv", help="write the import report there")
    imp.add_argument(
        "--publish-anyway",
        action="store_true",
        help="publish imported matters even when they break a quality rule (default: they go in as drafts)",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="列名=字段",
        help="office spreadsheet: read column 列名 as 字段 (e.g. 经办科室=实施主体; 字段 - skips the column)",
    )


class TerminalProgress:
    """A progress bar on a terminal: the step's name, then a bar as the matters are checked."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.step_name = ""
        self.drawn = False

    def step(self, name: str) -> None:
        self.step_name = STEP_WORDS.get(name, name)
        self.draw(0, 0)

    def ticks(self, done: int, total: int) -> None:
        self.draw(done, total)

    def draw(self, done: int, total: int) -> None:
        self.stream.write("\r" + bar(self.step_name, done, total))
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\r" + bar("完成", 1, 1) + "\n")
            self.stream.flush()


def bar(label: str, done: int, total: int) -> str:
    """「检查并保存 [##########--------------------]  33%」 (no bar while the length is unknown)."""
    if total <= 0:
        return f"{label} …".ljust(COLUMNS + 20)
    filled = round(COLUMNS * done / total)
    return f"{label} [{'#' * filled}{'-' * (COLUMNS - filled)}] {100 * done // total:3d}%"


def parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.partition("=")
        if not sep or not column.strip():
            raise UserError(f"--map 应写作 列名=字段,例如 --map 经办科室=实施主体,而不是 {item!r}")
        mapping[column.strip()] = target.strip()
    return mapping


def cmd_import(args: argparse.Namespace, database: Any) -> int:
    from kiosk.data.exchange import import_file
    from kiosk.data.exchange.detect import detect

    if args.report is not None and args.report.suffix.lower() not in (".html", ".htm", ".csv"):
        raise UserError(f"--report 的文件应为 .html 或 .csv,而不是 {args.report.name}")
    column_map = parse_map(args.map)
    shape = detect(args.file, args.format)
    print(f"识别为:{shape.description}")
    if column_map and shape.kind != "sheet":
        raise UserError("--map 只用于办公表格(一行一项材料的表格);这个文件不是")
    if shape.kind == "sheet":
        from kiosk.data.exchange.office_sheet import detect as detect_columns

        layout, _rows = detect_columns(args.file, column_map)
        print(f"表头在「{layout.sheet}」第{layout.header_row}行,列的对应关系(可用 --map 列名=字段 修改):")
        print("\n".join(layout.lines()))
    progress = TerminalProgress(sys.stderr) if sys.stderr.isatty() else None
    try:
        report = import_file(
            database,
            args.file,
            dry_run=args.dry_run,
            shape=shape,
            progress=progress.step if progress else None,
            ticks=progress.ticks if progress else None,
            publish_anyway=args.publish_anyway,
            column_map=column_map,
        )
    finally:
        if progress is not None:
            progress.finish()
    for line in report.lines()[1:]:  # the detection is printed already
        print(line)
    if args.report is not None:
        report.write(args.report)
        print(f"报告已写入 {args.report}")
    prefix = "检查通过(未写入,--dry-run)" if args.dry_run else "导入完成"
    print(f"{prefix}: {report.summary()}")
    return 0
