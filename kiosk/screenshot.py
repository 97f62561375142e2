"""``kiosk screenshot``: render one screen offscreen into a PNG and exit.

Used by people writing docs, by the test suite's screenshot run, and by anyone checking a layout
at another size or language without a touchscreen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kiosk.errors import UserError


def screen_params(shell: Any, screen: str, matter: str | None) -> dict[str, Any]:
    """Parameters that make a named screen show something representative."""
    content = shell.content if hasattr(shell, "content") else None
    params: dict[str, Any] = {}
    if screen == "guide":
        if not matter and content is not None:
            summaries = content.matter_summaries()
            matter = summaries[0].code if summaries else None
        if not matter:
            raise UserError("没有可显示的事项:请先装入演示数据(kiosk demo)或用 --matter 指定事项编码")
        if content is not None and content.matter(matter) is None:
            raise UserError(f"没有编码为 {matter} 的事项")
        params["code"] = matter
    elif screen == "floorplan" and content is not None:
        summaries = content.matter_summaries()
        found = content.matter(matter or (summaries[0].code if summaries else ""))
        if matter and found is None:
            raise UserError(f"没有编码为 {matter} 的事项")
        if found is not None:
            params["window"] = found.window
    elif screen == "matters" and content is not None:
        summaries = content.matter_summaries()
        if summaries and summaries[0].themes:
            theme = next(t for t in content.themes() if t.code == summaries[0].themes[0])
            params.update(theme=theme.code, title=theme.name)
    elif screen == "article":
        articles = shell.screen_named("article").articles()  # the public disclosures, as the screen sees them
        if not articles:
            raise UserError("没有可显示的公开内容:请先装入演示数据(kiosk demo)")
        params["key"] = articles[0].key
    return params


def render(shell: Any, screen: str, params: dict[str, Any], size: tuple[int, int], out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    shell.resize(*size)
    shell.show()
    if screen == "attract":
        shell.show_attract()
    elif screen != "home":
        shell.go(screen, **params)
    for _ in range(5):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shell.grab().save(str(out)):
        raise UserError(f"无法写入截图 {out}")


def run(args: Any) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import application, build_shell, install_font
    from kiosk.data.db import open_database

    app = application()
    problem = install_font()
    if problem:
        raise UserError(problem)
    database = open_database(getattr(args, "db", None))
    shell = build_shell(database, args.lang or "zh_CN")
    if args.screen not in shell.factories:
        names = "、".join(sorted(shell.factories))
        raise UserError(f"没有名为 {args.screen!r} 的画面;可用: {names}")
    if args.elder:
        shell.set_elder(True)
    if args.high_contrast:
        shell.set_high_contrast(True)
    render(shell, args.screen, screen_params(shell, args.screen, args.matter), args.size or (1920, 1080), args.out)
    print(f"已保存 {args.out}")
    shell.close()
    app.processEvents()
    database.dispose()
    return 0
