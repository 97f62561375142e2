"""``kiosk screenshot``: render one screen offscreen into a PNG and exit.

Used by people writing docs, by the test suite's screenshot run, and by anyone checking a layout
at another size or language without a touchscreen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kiosk.errors import UserError


def screen_params(shell: Any, screen: str, matter: str | None, bundle: str | None = None) -> dict[str, Any]:
    """Parameters that make a named screen show something representative."""
    content = shell.content if hasattr(shell, "content") else None
    params: dict[str, Any] = {}
    if matter and screen not in ("guide", "floorplan"):
        raise UserError(f"--matter 只用于 --screen guide 或 floorplan(画面 {screen!r} 不显示单个事项)")
    if bundle and screen != "bundle":
        raise UserError(f"--bundle 只用于 --screen bundle(画面 {screen!r} 不显示单个一件事)")
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
    elif screen == "bundle":
        from kiosk.services.guidance.service import GuidanceService

        bundles = GuidanceService(shell.content).bundles()
        if not bundles:
            raise UserError("没有可显示的一件事:请先装入演示数据(kiosk demo)")
        params["code"] = GuidanceService(shell.content).bundle(bundle).code if bundle else bundles[0].code
    elif screen == "wizard":
        from kiosk.services.guidance.service import GuidanceService

        if GuidanceService(shell.content).tree() is None:
            raise UserError("还没有导办问题:请先装入演示数据(kiosk demo)或在管理后台编辑「智能导办」")
    elif screen == "article":
        articles = shell.screen_named("article").articles()  # the public disclosures, as the screen sees them
        if not articles:
            raise UserError("没有可显示的公开内容:请先装入演示数据(kiosk demo)")
        params["key"] = articles[0].key
    return params


# What the kiosk shows besides its screens: the night screen, the warning before the idle reset, the
# calm page for content that cannot be read, and the console's 设备状态 page.
EXTRA_SCREENS = ("night", "idle-warning", "unavailable", "health")


def _show_extra(shell: Any, screen: str) -> None:
    import datetime as dt

    if screen == "night":
        shell.day.show_night()
    elif screen == "idle-warning":
        shell.go("notices")
        shell.warn_idle(20)
    elif screen == "unavailable":
        shell.show_unavailable("staff", {})
    elif screen == "health":
        from kiosk.services.auth import AuthSession

        shell.access._signed_in(AuthSession("admin", "", "", dt.datetime.now(dt.UTC)))
        page = shell.access.console.open_section("health")
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication

        for _ in range(500):  # the kiosks are read off the GUI thread
            if page.call is None or page.call.done:
                break
            QApplication.processEvents()
            QThread.msleep(10)


def render(
    shell: Any, screen: str, params: dict[str, Any], size: tuple[int, int], out: Path, full_page: bool = False
) -> None:
    """``screen`` in the kiosk window; with ``full_page`` the whole scrolling page (without the header)."""
    from PySide6.QtWidgets import QApplication

    shell.resize(*size)
    shell.show()
    if screen == "attract":
        shell.show_attract()
    elif screen in EXTRA_SCREENS:
        _show_extra(shell, screen)
    elif screen != "home":
        shell.go(screen, **params)
    for _ in range(5):
        QApplication.processEvents()
    shown = "attract" if screen == "attract" else shell.current[0]
    expected = {} if screen in ("home", "attract") else params
    if screen not in EXTRA_SCREENS and (shown != screen or shell.current[1] != expected):
        # the shell stays where it was when a screen cannot be built: a picture of home is no answer
        raise UserError(f"画面 {screen!r} 无法显示({shell.header.message or '详见日志'}),没有保存截图")
    out.parent.mkdir(parents=True, exist_ok=True)
    target = shell.grab()
    area = getattr(shell.current_screen(), "area", None) if full_page and screen not in ("home", "attract") else None
    if area is not None and area.widget() is not None:
        target = area.widget().grab()  # the whole scrolling page, however long
    if not target.save(str(out)):
        raise UserError(f"无法写入截图 {out}")


# Console pages that ``kiosk screenshot`` renders too (an admin session, read-only): name → console section.
CONSOLE_SCREENS = {
    "cases": "cases",
    "complaints": "complaints",
    "calendar": "calendar",
    "opinions": "opinions",
    "stats": "statistics",
}


def render_console(shell: Any, database: Any, section: str, size: tuple[int, int], out: Path) -> None:
    """The admin console, signed in as the administrator, open at ``section``."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from kiosk.app import _console_sections
    from kiosk.screens.access import who_text
    from kiosk.screens.admin.console import AdminConsole
    from kiosk.services.auth import ADMIN, AuthSession

    session = AuthSession(ADMIN, "", "", dt.datetime.now(dt.UTC))
    console = AdminConsole(_console_sections(shell.content, database, session, look=shell.look), who_text(session))
    shell.resize(*size)
    shell.show()
    shell.show_layer(console)
    console.open_section(section)
    for _ in range(5):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shell.grab().save(str(out)):
        raise UserError(f"无法写入截图 {out}")


# Console pages that can be rendered as the admin sees them: screen name → console section key.
def run(args: Any) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import application, build_shell, install_font
    from kiosk.cli_offline import open_or_snapshot

    app = application()
    problem = install_font()
    if problem:
        raise UserError(problem)
    database, local, offline = open_or_snapshot(args)  # a server that does not answer: this machine's snapshot
    shell = build_shell(database, args.lang or "zh_CN", local)
    if offline:
        shell.set_offline(True)  # as the kiosk shows it: 「● 离线」 beside the clock
    known = [*shell.factories, *CONSOLE_SCREENS, *EXTRA_SCREENS]
    if args.screen not in known:
        names = "、".join(sorted(known))
        raise UserError(f"没有名为 {args.screen!r} 的画面;可用: {names}")
    if args.elder:
        shell.set_elder(True)
    if args.high_contrast:
        shell.set_high_contrast(True)
    if args.screen in CONSOLE_SCREENS:
        render_console(shell, database, CONSOLE_SCREENS[args.screen], args.size or (1920, 1080), args.out)
    else:
        params = screen_params(shell, args.screen, args.matter, getattr(args, "bundle", None))
        render(shell, args.screen, params, args.size or (1920, 1080), args.out, getattr(args, "full_page", False))
    print(f"已保存 {args.out}")
    shell.close()
    app.processEvents()
    database.dispose()
    if local is not None:
        local.close()
    return 0
