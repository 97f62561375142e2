"""``kiosk status [--json]``: every kiosk on this database, as the console's 设备状态 page shows them.

For scripts and monitoring: ``--json`` prints one object per kiosk (``kiosk_id``, ``name``,
``version``, ``last_seen``, ``printer``, ``last_error``, ``outbox_pending``, ``state`` ok/red and
``reasons``/``why``). Exit status 0 when every kiosk is ok, 1 when one is red, 2 when the database
cannot be read (one message on stderr). The database is only read, never migrated or written.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from kiosk.errors import UserError

EXIT_RED = 1


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    status = sub.add_parser(
        "status",
        help="every kiosk on this database: heartbeat, version, printer, last error (设备状态)",
        parents=[common],
    )
    status.add_argument("--json", action="store_true", help="one JSON object per kiosk, in a list")


def _size(value: int | None) -> str:
    if value is None:
        return "?"
    return f"{value / 1024**3:.1f} GB"


def _age(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} 秒前"
    if seconds < 7200:
        return f"{seconds // 60} 分钟前"
    return f"{seconds // 3600} 小时前"


def cmd_status(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from kiosk.data.db import open_database, resolve_url, sqlite_path
    from kiosk.services.health import RED, fleet

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is not None and not path.exists():  # reading status must not leave an empty database behind
        raise UserError(f"数据库文件 {path} 不存在")
    database = open_database(getattr(args, "db", None), upgrade=False)
    try:
        kiosks = fleet(database)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise UserError(
            f"无法读取设备状态({database.description}): {reason}。如数据库较旧,请先运行 kiosk db upgrade"
        ) from None
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([k.as_json() for k in kiosks], ensure_ascii=False, indent=2))
    elif not kiosks:
        print(f"数据库 {database.description} 上还没有信息亭报告过状态")
    else:
        for k in kiosks:
            mark = "红" if k.state == RED else "正常"
            print(f"[{mark}] {k.name} ({k.kiosk_id[:8]})  版本 {k.version}  最后消息 {_age(k.seconds_since_seen)}")
            words = {"ok": "正常", "folder": "保存到文件夹", "unknown": "状态未知"}
            printer = words.get(k.printer_state) or k.printer_message or k.printer_state
            latency = "?" if k.db_latency_ms is None else k.db_latency_ms
            print(f"      画面 {k.screen or '-'}  打印机 {k.printer or '-'}:{printer}")
            print(f"      磁盘剩余 {_size(k.disk_free_bytes)}  数据库 {latency} ms  待发送 {k.outbox_pending}")
            if k.last_error:
                print(f"      最近错误 {k.last_error}")
            if k.state == RED:
                from kiosk.services.health import reasons_text

                print(f"      原因 {reasons_text(k)}")
    return EXIT_RED if any(k.state == RED for k in kiosks) else 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"status": cmd_status}
