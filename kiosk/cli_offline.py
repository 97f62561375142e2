"""``kiosk outbox``, and the command line on a machine whose shared database does not answer.

A village station's line can be down for days; an installer at the station still needs to render
a screen, print a checklist or issue a staff notice. ``open_or_snapshot`` is what ``kiosk
screenshot`` and ``kiosk notice`` open: the shared database when it answers, else this machine's
local store (the kiosk's snapshot and outbox, the same file the kiosk uses), saying so on stderr.
``kiosk outbox`` lists what waits on this machine and ``--deliver`` sends it now (the kiosk itself
does so within 30 s of the database's return). ``kiosk.cli`` wires ``add_parsers`` and ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

from kiosk.errors import UserError

EXIT_PARTLY = 1  # --deliver: some items are still waiting


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    outbox = sub.add_parser(
        "outbox",
        help="what waits on this machine while the shared database is away; --deliver sends it",
        parents=[common],
    )
    outbox.add_argument("--json", action="store_true", help='print {"pending": N, "items": [...]} as JSON')
    outbox.add_argument("--deliver", action="store_true", help="deliver now (needs the shared database)")


def _local_for(db: str | None):  # type: ignore[no-untyped-def]
    """(url, this machine's local store for the database at ``db`` or None, whether the URL is SQLite)."""
    from kiosk.data.db import resolve_url
    from kiosk.data.offline.local_store import existing_store, store_path

    url = resolve_url(db)
    if make_url(url).get_backend_name() == "sqlite":
        return url, None, True
    return url, existing_store(store_path(url)), False


def open_or_snapshot(args: argparse.Namespace, *, need_snapshot: bool = True):  # type: ignore[no-untyped-def]
    """``(database, local store or None, offline)`` for a command that can work from this machine's copy.

    The shared database when it answers (with this machine's local store when there is one, so a
    notice still waiting in the outbox can be reprinted); else, when this machine has a local store
    (with a snapshot, if ``need_snapshot``), a database that fails at once and the store, after one
    line on stderr. Without either: the database's own ``UserError``.
    """
    from kiosk.data.db import known_unreachable, open_database

    url, local, is_sqlite = _local_for(getattr(args, "db", None))
    try:
        database = open_database(url)
    except UserError as exc:
        if local is None or (need_snapshot and not local.has_snapshot()):
            if local is not None:
                local.close()
            if is_sqlite:
                raise
            raise UserError(f"{exc.message};本机也没有这个数据库的离线副本") from None
        saved = local.snapshot_saved_at().replace("T", " ")[:16] or "?"
        print(
            f"kiosk: {exc.message}\nkiosk: 改用本机离线副本(内容保存于 {saved} UTC),新开的告知单存入本机待送队列",
            file=sys.stderr,
        )
        return known_unreachable(url, exc.message), local, True
    return database, local, False


def cmd_outbox(args: argparse.Namespace) -> int:
    from kiosk.services.outbox_report import describe

    url, local, is_sqlite = _local_for(getattr(args, "db", None))
    if local is None:
        if args.deliver and not args.json:
            print("本机没有待送出的内容")
        why = "数据库是本机文件,不经过待送队列" if is_sqlite else "本机还没有这个数据库的离线存储"
        _print_listing(args, [], why)
        return 0
    try:
        if args.deliver:
            return _deliver(args, url, local)
        queued_at = local.queued_at()
        items = [describe(item, queued_at.get(item.id, "")) for item in local.outbox()]
        _print_listing(args, items, "", local.kiosk_id)
        return 0
    finally:
        local.close()


def _print_listing(args: argparse.Namespace, items: list[dict[str, Any]], why: str, kiosk_id: str = "") -> None:
    """The listing; with this machine's kiosk id (what the console's per-kiosk settings ask for)."""
    if args.json:
        listing: dict[str, Any] = {"pending": len(items), "items": items}
        if kiosk_id:
            listing["kiosk_id"] = kiosk_id
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    if kiosk_id:
        print(f"本机设备编号 {kiosk_id}")
    if not items:
        print(f"待送出 0 项{f'({why})' if why else ''}")
        return
    print(f"待送出 {len(items)} 项:")
    for item in items:
        print(f"  {item['created'][:19].replace('T', ' ')}  {item['summary']}  ({item['uid']})")


def _deliver(args: argparse.Namespace, url: str, local: Any) -> int:
    from kiosk.data.db import open_database
    from kiosk.data.offline.outbox import flush_outbox

    waiting = local.pending_count()
    try:
        database = open_database(url)
    except UserError as exc:
        raise UserError(f"{exc.message};{waiting} 项仍在本机等待,联网后再试(信息亭联网后会自动送出)") from None
    try:
        report = flush_outbox(database, local)
    finally:
        database.dispose()
    left = local.pending_count()
    if args.json:
        numbered = [{"provisional_id": p, "serial": s} for p, s in report.numbered]
        print(json.dumps({"delivered": report.sent, "pending": left, "numbered": numbered}, ensure_ascii=False))
    else:
        print(f"已送出 {report.sent} 项,仍待送出 {left} 项")
        for provisional, serial in report.numbered:
            print(f"  临时编号 {provisional} → {serial}")
        if not report.reachable:
            print("送出途中数据库再次断开:其余的联网后再送", file=sys.stderr)
        elif report.kept:
            print(f"{report.kept} 项被数据库拒收,保留在本机(详见日志)", file=sys.stderr)
    return 0 if left == 0 else EXIT_PARTLY


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"outbox": cmd_outbox}
