"""``kiosk notice``, ``kiosk print-test`` and ``kiosk fonts``: notices, printers and fonts from the command line.

Until the staff screens exist this is how a clerk issues a missing-materials notice, and it is
how an installer checks a new printer. Bad input (unknown matter, a 情形 that does not exist, a
material number out of range, a folder that is not there) raises ``UserError`` *before* a serial
is taken, so a typo never burns a number. ``kiosk.cli`` wires ``add_parsers`` and ``COMMANDS`` in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import UserError

if TYPE_CHECKING:
    from kiosk.services.notices import OneTimeNotice
    from kiosk.services.printing import PrintOutcome

PAIR_SPLIT = re.compile(r"[,,]")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``notice`` and ``print-test`` to the ``kiosk`` subcommands."""
    PAGE_FORMATS = ("a4", "receipt")  # pdf.PAGE_FORMATS, spelled out: reportlab is slow to import at every start
    notice = sub.add_parser(
        "notice",
        help="write a one-time notice PDF: a resident checklist, or with --received/--staff a numbered "
        "missing-materials notice that is archived",
        parents=[common],
    )
    notice.add_argument("--matter", metavar="CODE", help="matter code (事项编码)")
    notice.add_argument(
        "--answers", default="", metavar="Q=A,...", help="情形 answers: scenario code (or question)=option"
    )
    notice.add_argument("--received", metavar="N,...", help="numbers of the materials received (staff notice)")
    notice.add_argument(
        "--reasons",
        default="",
        metavar="N=REASON,...",
        help="reason per missing material: 缺失, 不符合法定形式, 需原件, 已过期 or any text",
    )
    notice.add_argument("--staff", metavar="ID", help="staff code of the clerk (告知人); makes it a staff notice")
    notice.add_argument("--applicant", default="", metavar="NAME", help="applicant's name (staff notice)")
    notice.add_argument("--phone", default="", help="applicant's phone (staff notice)")
    notice.add_argument("--reprint", metavar="SERIAL", help="reprint an archived notice instead (phone masked)")
    notice.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    notice.add_argument("--format", choices=PAGE_FORMATS, default="a4", help="a4 (default) or receipt (80 mm)")
    notice.add_argument(
        "--print",
        dest="print_to",
        nargs="?",
        const="",
        metavar="PRINTER",
        help="also print it: on PRINTER (cups:NAME, qt:NAME, folder:DIR or a CUPS name), or the configured printer",
    )
    test = sub.add_parser("print-test", help="print a test notice to check a printer", parents=[common])
    test.add_argument("--printer", help="cups:NAME, qt:NAME, folder:DIR or a CUPS queue name; default: the setting")
    test.add_argument("--format", choices=PAGE_FORMATS, default="a4")
    test.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the printer (default 60)")
    sub.add_parser("fonts", help="the CJK font chain and how much of each CJK block it can show and print")


def parse_answers(text: str) -> dict[str, str]:
    answers: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in PAIR_SPLIT.split(text))):
        key, sep, value = part.replace("=", "=").partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UserError(f"--answers 的 {part!r} 应写作 情形=选项，例如 agent=是")
        answers[key.strip()] = value.strip()
    return answers


def parse_numbers(text: str, option: str) -> list[int]:
    parts = [p.strip() for p in PAIR_SPLIT.split(text) if p.strip()]
    bad = [p for p in parts if not p.isdigit()]
    if bad:
        raise UserError(f"{option} 应是用逗号分隔的材料序号，例如 1,2,4；{bad[0]!r} 不是序号")
    return [int(p) for p in parts]


def parse_reasons(text: str) -> dict[int, str]:
    reasons: dict[int, str] = {}
    for key, value in parse_answers(text).items():
        if not key.isdigit():
            raise UserError(f"--reasons 应写作 序号=原因，例如 2=需原件；{key!r} 不是序号")
        reasons[int(key)] = value
    return reasons


def _open(args: argparse.Namespace) -> Any:
    from kiosk.data.db import open_database

    return open_database(getattr(args, "db", None))


def _printer_setting(database: Any, local: Any = None) -> object:
    """The stored printer setting (the last known one, from this machine's copy, while offline)."""
    from kiosk.data.settings import Settings
    from kiosk.services.printing import PRINTER_SETTING_KEY

    return Settings(database, local).get(PRINTER_SETTING_KEY) or None


def _print(pdf: bytes, title: str, setting: object, *, copies: int = 1, timeout: float = 60.0) -> PrintOutcome:
    from kiosk.services.printing import PrintFailed, choose_backend

    backend = choose_backend(setting, timeout=timeout)
    print(f"打印到 {backend.label()}")
    try:
        outcome = backend.print_pdf(pdf, title=title, copies=copies, progress=lambda text: print(f"  {text}"))
    except PrintFailed as exc:
        raise UserError(f"{exc.message}（{exc.detail}）" if exc.detail else exc.message) from None
    print(outcome.message + (f"（任务 {outcome.job}）" if outcome.job else ""))
    return outcome


def cmd_notice(args: argparse.Namespace) -> int:
    from kiosk.services.cjk_blocks import describe
    from kiosk.services.notice_archive import NOT_PRINTED, NoticeService
    from kiosk.services.pdf import render_notice, unprintable

    if not args.out.parent.is_dir():
        raise UserError(f"文件夹 {args.out.parent} 不存在，无法写入 {args.out.name}")
    staff_only = {"--reasons": args.reasons, "--applicant": args.applicant, "--phone": args.phone}
    staff_notice = args.received is not None or bool(args.staff)
    if args.reprint and (args.matter or args.answers or staff_notice or any(staff_only.values())):
        raise UserError("--reprint 只需编号和 --out；不能同时给出 --matter、--answers 或工作人员选项")
    if not args.reprint and not args.matter:
        raise UserError("请用 --matter 给出事项编码（或用 --reprint 给出要补打的告知单编号）")
    given = [name for name, value in staff_only.items() if value]
    if given and not staff_notice and not args.reprint:
        raise UserError(f"{'、'.join(given)} 只用于工作人员的补正告知单，请同时给出 --received 或 --staff")
    from kiosk.cli_offline import open_or_snapshot

    database, local, offline = open_or_snapshot(args)
    service = NoticeService(database, local=local)
    unprinted = False
    if args.reprint:
        notice = service.reprint(args.reprint)
        unprinted = service.print_state(args.reprint) in NOT_PRINTED
    elif staff_notice:
        draft = service.draft_missing(
            args.matter,
            parse_answers(args.answers),
            received=parse_numbers(args.received or "", "--received"),
            reasons=parse_reasons(args.reasons),
            staff_code=args.staff or "",
            applicant_name=args.applicant,
            applicant_phone=args.phone,
        )
        notice = service.issue(draft)
        if offline:
            what = f"临时编号 {notice.provisional_id}" if notice.is_provisional else notice.serial
            print(f"kiosk: 告知单 {what} 已存入本机待送队列,联网后送出(kiosk outbox 可查看)", file=sys.stderr)
    else:
        notice = service.checklist(args.matter, parse_answers(args.answers))
    missing = unprintable(notice)
    if missing:  # printed as 〓: say so before anyone hands the paper over
        chars = "、".join(describe(ch) for ch in missing)
        print(f"kiosk: 注意:没有字体能打印 {chars},告知单上印成「〓」,请手写补上。", file=sys.stderr)
    # A numbered notice stays 未打印 in the archive until its output exists: the PDF file when
    # nothing is to be printed, else the paper (a print failure is recorded as such).
    track = notice.is_staff_notice and (not args.reprint or unprinted)
    key = notice.serial or notice.provisional_id  # how the archive (or this machine's outbox) knows it
    pdf = render_notice(notice, args.format)
    try:
        args.out.write_bytes(pdf)
    except OSError as exc:
        raise UserError(f"无法写入 {args.out}：{exc.strerror}") from None
    what = f"{notice.title} {notice.serial_text}".strip()
    print(f"已生成{what}（{len(notice.to_supply)} 项材料）→ {args.out}")
    try:
        if args.print_to is None:
            if track:
                service.mark_printed(key, saved=True)
            return 0
        # 一式两份: a staff notice printed for the first time prints twice, one for the applicant and one for the file.
        copies = 2 if track else 1
        try:
            outcome = _print(pdf, what, args.print_to or _printer_setting(database, local), copies=copies)
        except UserError as exc:
            if track:
                service.mark_failed(key, exc.message)
                print(f"{key} 在存档中标记为未打印，可用 kiosk notice --reprint {key} --print 补打")
            raise
        if track:
            service.mark_printed(key, saved=outcome.path is not None)
        return 0
    finally:
        if local is not None:
            local.close()


def sample_notice() -> OneTimeNotice:
    """A notice with every kind of character a printer might drop: CJK, digits, 〔〕, ASCII, and 生僻字 —
    the issue's name as applicant and a line of characters from every CJK block (A–H, compatibility,
    radicals), each drawn by whichever face of the font chain has it."""
    from kiosk.services import cjk_blocks
    from kiosk.services.notices import NoticeMaterial, OneTimeNotice, format_serial, local_now

    now = local_now()
    materials = tuple(
        NoticeMaterial(number=i, name=name, necessity="必要", original_or_copy=kind, copies=i, source="申请人自备")
        for i, (name, kind) in enumerate(
            [("居民身份证", "原件"), ("户口簿 ABCabc 0123456789", "原件和复印件"), ("授权委托书", "原件")], start=1
        )
    )
    rare = tuple(
        NoticeMaterial(
            number=len(materials) + i,
            name=f"生僻字{block.name}:{cjk_blocks.probe(block, 24)}",
            necessity="非必要",
            original_or_copy="原件",
            copies=1,
            requirement="若某字缺失或印成「〓」,该区的字体没有装好"
            if block.level3
            else "GB 18030 第1号修改单新增的区:现有字体只有一部分字,「〓」表示该字没有字体",
        )
        for i, block in enumerate(cjk_blocks.BLOCKS, start=1)
    )
    return OneTimeNotice(
        kind="missing",
        title="打印测试页",
        hall_name="打印测试 便民服务大厅",
        hall_short_name="测试",
        serial=format_serial("测试", now.year, 0),
        issued_at=now,
        matter_code="TEST-0001",
        matter_name="打印机测试（中文、数字 0123456789 与符号 〔〕《》）",
        applicant_name=cjk_blocks.EXAMPLE_NAME,
        staff_name="测试",
        received=materials[:1],
        to_supply=materials[1:] + rare,
        correction_deadline="这是一张测试页，无需补正。",
        legal_basis="若本页中文、数字、生僻字或二维码缺失、变成方框，请检查打印机驱动与字体。",
        promised_limit="即办",
        legal_limit="即办",
        consult_phone="0000-1234567",
        complaint_phone="0000-7654321",
    )


def cmd_print_test(args: argparse.Namespace) -> int:
    from kiosk.services.pdf import render_notice

    setting: object = args.printer
    if setting is None:
        try:
            setting = _printer_setting(_open(args))
        except UserError:
            setting = None  # no database here: the system default printer, else the folder
    notice = sample_notice()
    _print(render_notice(notice, args.format), f"打印测试 {dt.datetime.now():%H:%M:%S}", setting, timeout=args.timeout)
    return 0


def cmd_fonts(args: argparse.Namespace) -> int:
    """The font chain, face by face, and its coverage of every CJK block; status 1 when a block that
    GB 18030-2022 level 3 requires has characters no face can draw."""
    from kiosk.services.fonts import chain_warning, resolve_chain

    chain = resolve_chain()
    for number, face in enumerate(chain.faces):
        print(f"{'主字体' if number == 0 else f'后备字体{number}'}: {face.family} ({face.path}#{face.index})")
    for block, drawn, total in chain.block_coverage():
        level = "GB 18030-2022 三级" if block.level3 else "第1号修改单"
        print(f"  {block.name:<8} U+{block.first:04X}–U+{block.last:04X}  {drawn:>6}/{total:<6} {level}")
    warning = chain_warning(chain)
    if warning:
        print(warning, file=sys.stderr)
        return 1
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "notice": cmd_notice,
    "print-test": cmd_print_test,
    "fonts": cmd_fonts,
}
