"""The ``kiosk`` command line: one program for the kiosk, the admin console and maintenance.

Every command that fails for a reason a person can fix prints one clear message and exits with
status 2, leaving the database untouched. Qt is imported only by the commands that show
something, so maintenance commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.errors import InvalidImport, UserError

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line (plus usage) with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"kiosk: 参数错误 (bad option): {message}\n")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})[x×X*](\d{3,5})", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"尺寸应写作 宽x高,例如 1080x1920,而不是 {text!r}")
    return int(match.group(1)), int(match.group(2))


def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"应为非负整数,而不是 {text!r}")
    return int(text)


def _positive(text: str) -> int:
    value = _count(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数,而不是 {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database: a file path (SQLite) or an SQLAlchemy URL; default $KIOSK_DB or the user data folder",
    )
    parser = _Parser(prog="kiosk", description="镇便民服务大厅 触摸屏信息亭 (hall kiosk)", parents=[common])
    parser.add_argument("--windowed", action="store_true", help="run in a window instead of fullscreen")
    parser.add_argument("--size", type=_size, help="window size WxH, e.g. 1080x1920 (implies --windowed)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: the setting)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    db = sub.add_parser("db", help="database maintenance", parents=[common])
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True, parser_class=_Parser)
    db_sub.add_parser("upgrade", help="apply Alembic migrations up to head", parents=[common])

    demo = sub.add_parser("demo", help="load the demo hall into an empty database", parents=[common])
    demo.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) when the database has content")

    from kiosk import cli_import

    cli_import.add_parser(sub, common)

    exp = sub.add_parser("export", help="export everything to FILE.json or FILE.xlsx", parents=[common])
    exp.add_argument("file", type=Path)

    bak = sub.add_parser("backup", help="back up the database into DIR", parents=[common])
    bak.add_argument("dir", type=Path)

    res = sub.add_parser(
        "restore", help="restore a backup FILE (the current database is backed up first)", parents=[common]
    )
    res.add_argument("file", type=Path)
    res.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    pin = sub.add_parser("set-pin", help="set the admin PIN or a staff member's PIN (asked twice)", parents=[common])
    pin.add_argument("--role", choices=["admin", "staff"], required=True)
    pin.add_argument("--staff", default="", metavar="ID", help="the staff member's code (工号), for --role staff")

    admin = sub.add_parser("admin", help="the admin console in a window (sign in with the admin PIN)", parents=[common])
    admin.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help="interface language")

    bench = sub.add_parser("bench", help="timing goals, as ratios against references measured in the same run")
    bench.add_argument("--json", action="store_true", help="print the results as one JSON object")
    bench.add_argument("--matters", type=_positive, default=5000, metavar="N", help="catalogue size (default 5000)")
    bench.add_argument(
        "--soak", type=_count, default=2000, metavar="N", help="random navigations of the soak (default 2000; 0: none)"
    )
    bench.add_argument("--taps", type=_positive, default=200, metavar="N", help="timed taps (default 200)")
    bench.add_argument("--queries", type=_positive, default=200, metavar="N", help="timed queries (default 200)")
    bench.add_argument(
        "--no-growth", action="store_true", help="measure at N matters only, not also at 35 and 500 (a short run)"
    )

    from kiosk import cli_notices, cli_offline, cli_report, cli_status, cli_supervision

    cli_notices.add_parsers(sub, common)
    cli_supervision.add_parsers(sub, common)
    cli_offline.add_parsers(sub, common)
    cli_status.add_parsers(sub, common)
    cli_report.add_parsers(sub, common)
    from kiosk import cli_service

    cli_service.add_parser(sub, common)

    shot = sub.add_parser("screenshot", help="render one screen offscreen into a PNG", parents=[common])
    shot.add_argument(
        "--screen",
        required=True,
        help="home, guide, wizard, bundles, bundle, staff, …; console: cases, stats, …",
    )
    shot.add_argument("--matter", help="matter code for the guide screen")
    shot.add_argument("--bundle", metavar="CODE", help="一件事 code for the bundle screen (default: the first)")
    shot.add_argument("--size", type=_size, default=(1920, 1080), help="WxH, default 1920x1080")
    shot.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    shot.add_argument("--elder", action="store_true", help="elder mode (长辈版)")
    shot.add_argument("--high-contrast", action="store_true", help="high-contrast theme")
    shot.add_argument("--full-page", action="store_true", help="the whole scrolling page, not only what fits")
    shot.add_argument("--out", type=Path, required=True, help="PNG file to write")
    return parser


def _open(args: argparse.Namespace, *, upgrade: bool = True):  # type: ignore[no-untyped-def]
    from kiosk.data.db import open_database

    return open_database(getattr(args, "db", None), upgrade=upgrade)


def cmd_db(args: argparse.Namespace) -> int:
    from kiosk.data.db import current_revision, upgrade_database

    database = _open(args, upgrade=False)
    backup = upgrade_database(database)
    if backup:
        print(f"已备份旧数据库到 {backup}")
    print(f"数据库 {database.description} 已是最新结构 ({current_revision(database)})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.data.demo import load_demo
    from kiosk.data.store import is_empty

    database = _open(args)
    with database.session() as session:
        if not is_empty(session):
            if args.if_empty:
                print(f"数据库 {database.description} 已有内容,未装入演示数据")
                return 0
            raise UserError(f"数据库 {database.description} 已有内容;演示数据只能装入空数据库")
        report = load_demo(session)
        session.commit()
    from kiosk.data.floor_plans import load_demo_plan

    load_demo_plan(database)  # the demo floor plan, the windows on it, and "you are here" for a kiosk on this file
    print(f"已装入演示大厅: {report.summary()}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kiosk.cli_import import cmd_import as run_import

    return run_import(args, _open(args))


def cmd_export(args: argparse.Namespace) -> int:
    from kiosk.data.exchange import export_file

    database = _open(args)
    bundle = export_file(database, args.file)
    extra = f"、{len(bundle.bundles)} 个一件事" if bundle.bundles else ""
    extra += "、智能导办问题树" if bundle.guidance is not None and bundle.guidance.nodes else ""
    print(f"已导出 {len(bundle.matters)} 个事项、{len(bundle.disclosures)} 条公开内容{extra}到 {args.file}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kiosk.data.backup import backup

    print(f"已备份到 {backup(_open(args), args.dir)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kiosk.data.backup import restore

    database = _open(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("恢复会替换当前数据库的内容;确认请加 --yes")
        answer = input(f"用 {args.file} 替换 {database.description} 的内容?当前内容会先自动备份。[y/N] ")
        if answer.strip().lower() not in {"y", "yes", "是"}:
            print("已取消")
            return 1
    safety = restore(database, args.file)
    print(f"已恢复 {args.file}(恢复前的数据库已备份到 {safety})")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from kiosk.screenshot import run

    return run(args)


def read_new_pin() -> str:
    """The new PIN, typed twice without echo; from a script, two lines on stdin. Never printed."""
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass("新密码(4–6 位数字): ")
        second = getpass.getpass("再输入一次: ")
    else:
        first, second = sys.stdin.readline().strip(), sys.stdin.readline().strip()
    if first != second:
        raise UserError("两次输入的密码不一致,未做任何改动")
    return first


def cmd_set_pin(args: argparse.Namespace) -> int:
    from kiosk.services.auth import AuthService, pin_problem

    if args.role == "admin" and args.staff:
        raise UserError("管理员密码不属于某个工作人员,请去掉 --staff")
    if args.role == "staff" and not args.staff:
        raise UserError("设置工作人员密码需要 --staff 工号")
    database = _open(args)
    auth = AuthService(database)
    if auth.person_name(args.role, args.staff) is None:
        raise UserError(f"没有工号为 {args.staff} 的在岗工作人员(见 kiosk export 的 staff 部分)")
    pin = read_new_pin()
    problem = pin_problem(pin)
    if problem:
        raise UserError(f"{problem},未做任何改动")
    auth.set_pin(args.role, pin, args.staff, actor="cli")
    who = "管理员" if args.role == "admin" else f"工作人员 {args.staff}"
    print(f"已为{who}设置新密码(错误计数已清零)")
    return 0


def cmd_admin(args: argparse.Namespace) -> int:
    from kiosk.app import run_admin

    return run_admin(args)


def cmd_bench(args: argparse.Namespace) -> int:
    from kiosk.bench.run import run

    return run(
        as_json=args.json,
        matters=args.matters,
        soak=args.soak,
        taps=args.taps,
        queries=args.queries,
        growth=not args.no_growth,
    )


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.app import run_kiosk

    return run_kiosk(args)


def _notice_commands() -> dict[str | None, Callable[[argparse.Namespace], int]]:
    from kiosk.cli_notices import COMMANDS as NOTICE_COMMANDS
    from kiosk.cli_offline import COMMANDS as OFFLINE_COMMANDS
    from kiosk.cli_report import COMMANDS as REPORT_COMMANDS
    from kiosk.cli_status import COMMANDS as STATUS_COMMANDS
    from kiosk.cli_supervision import COMMANDS as SUPERVISION_COMMANDS

    commands: dict[str | None, Callable[[argparse.Namespace], int]] = {}
    commands.update(NOTICE_COMMANDS)
    commands.update(SUPERVISION_COMMANDS)
    commands.update(OFFLINE_COMMANDS)
    commands.update(STATUS_COMMANDS)
    commands.update(REPORT_COMMANDS)
    from kiosk.cli_service import COMMANDS as SERVICE_COMMANDS

    commands.update(SERVICE_COMMANDS)
    return commands


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_run,
    "db": cmd_db,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "screenshot": cmd_screenshot,
    "bench": cmd_bench,
    "set-pin": cmd_set_pin,
    "admin": cmd_admin,
    **_notice_commands(),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except InvalidImport as exc:
        print(f"kiosk: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"kiosk: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
