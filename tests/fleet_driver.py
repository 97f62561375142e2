"""One kiosk process of the fleet tests (tests/test_fleet.py): the kiosk as ``kiosk`` runs it, with a
control line on stdin/stdout so that a test can act as a resident or a clerk and ask what it shows.

    python -m tests.fleet_driver --db URL [--check-seconds 30] [--size 1920x1080]

The kiosk is built by the same calls as ``kiosk.app.run_kiosk`` (``open_for_kiosk`` — its own local
store in ``KIOSK_LOCAL_DIR``, started on its snapshot when the database does not answer —
``kiosk_shell``, ``show_window``): its content watcher, catch-up (outbox delivery, serial blocks,
snapshot) and screens are the kiosk's own. The only difference is the watcher's period, which a
test may shorten (``--check-seconds``). Ratings and opinions are given by tapping the screens;
notices are issued through the kiosk's own ``NoticeService`` (what the clerk's page calls).

Each line on stdin is a JSON command; each answer is one JSON line on stdout:

    {"do": "state"}                      → offline marker, clock text, pending outbox, notice titles shown
    {"do": "snapshot"}                   → the notice titles in the local snapshot (the screens not opened)
    {"do": "rate", "levels": [5,4,4,5]}  → taps the four rows and submit on the 服务评价 screen
    {"do": "opinion", "key": K, "text": T}
    {"do": "notice", "matter": CODE, "staff": ID, "phone": P}
    {"do": "shot", "path": FILE, "screen": NAME}
    {"do": "quit"}
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import traceback
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--check-seconds", type=float, default=30.0)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QObject, Signal

    from kiosk.app import application, configure_environment, install_font, kiosk_shell, show_window
    from kiosk.data.offline.local_store import open_for_kiosk

    database, local, started_offline = open_for_kiosk(args.db)
    configure_environment("zh_CN")
    app = application()
    problem = install_font()
    if problem:
        raise SystemExit(problem)
    shell = kiosk_shell(database, local, "zh_CN", started_offline=started_offline)
    shell.transition_ms = 0
    shell.services["content_watch"].timer.setInterval(int(args.check_seconds * 1000))
    width, height = (int(v) for v in args.size.split("x"))
    show_window(shell, True, (width, height))
    catch_ups = {"done": 0, "failed": 0}
    worker = shell.services.get("catch_up")
    if worker is not None:
        worker.done.connect(lambda _report: catch_ups.__setitem__("done", catch_ups["done"] + 1))
        worker.failed.connect(lambda _message: catch_ups.__setitem__("failed", catch_ups["failed"] + 1))

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()

    def answer(line: str) -> None:
        try:
            command = json.loads(line)
            reply = handle(shell, local, catch_ups, command)
        except Exception as exc:
            reply = {"error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()}
        print(json.dumps(reply, ensure_ascii=False), flush=True)
        if reply.get("quit"):
            app.quit()

    commands.line.connect(answer)

    def read() -> None:  # a plain thread: it only emits (queued to the GUI thread)
        for line in sys.stdin:
            if line.strip():
                commands.line.emit(line)
        commands.line.emit('{"do": "quit"}')

    threading.Thread(target=read, daemon=True).start()
    print(json.dumps({"ready": True, "started_offline": started_offline, "kiosk_id": local.kiosk_id if local else ""}),
          flush=True)  # fmt: skip
    return int(app.exec())


def handle(shell: Any, local: Any, catch_ups: dict[str, int], command: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLabel

    what = command["do"]
    if what == "quit":
        return {"quit": True}
    if what == "state":
        shell.go("notices")
        QApplication.processEvents()
        shown = [w.text() for w in shell.screens["notices"].findChildren(QLabel) if w.isVisibleTo(shell)]
        shell.go_home()
        return {
            "offline": shell.header.offline,
            "clock": shell.header.clock.text(),
            "pending": local.pending_count() if local is not None else 0,
            "notices": shown,
            "catch_ups": catch_ups["done"],
            "orientation": shell.orientation,
        }
    if what == "snapshot":  # what this kiosk's local store holds, read without asking the database
        from kiosk.data.repository import snapshot_key

        kept = local.load(snapshot_key("_notice_rows", (), ())) if local is not None else None
        return {"notices": [n["title"] for n in json.loads(kept)] if kept else [], "catch_ups": catch_ups["done"]}
    if what == "rate":
        return rate(shell, command.get("levels", [5, 4, 4, 5]))
    if what == "opinion":
        return opinion(shell, command["key"], command["text"])
    if what == "notice":
        notices = shell.services["notices"]
        draft = notices.draft_missing(
            command["matter"], {}, received=[1], staff_code=command["staff"], applicant_phone=command.get("phone", "")
        )
        issued = notices.issue(draft)
        return {"serial": issued.serial, "provisional_id": issued.provisional_id, "text": issued.serial_text}
    if what == "shot":
        size = shell.size()
        if "size" in command:  # e.g. the portrait shape, for the picture only
            shell.resize(*(int(v) for v in command["size"].split("x")))
        if command.get("screen", "home") != "home":
            shell.go(command["screen"])
        QApplication.processEvents()
        saved = shell.grab().save(command["path"])
        shell.go_home()
        shell.resize(size)
        return {"saved": bool(saved)}
    raise ValueError(f"unknown command {what!r}")


def tap(widget: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    QApplication.processEvents()


def rate(shell: Any, levels: list[int]) -> dict[str, Any]:
    """A resident on 服务评价: a tap on the home tile, one level per row, submit."""
    from PySide6.QtWidgets import QPushButton

    shell.go_home()
    tap(shell.screens["home"].tiles["rating"])
    screen = shell.screens["rating"]
    for dimension, level in zip(("overall", "efficiency", "competence", "attitude"), levels, strict=True):
        button = screen.findChild(QPushButton, f"rating:{dimension}:{level}")
        screen.area.ensureWidgetVisible(button)
        tap(button)
    screen.area.ensureWidgetVisible(screen.submit_button)
    tap(screen.submit_button)
    thanked = shell.current == ("rating", {"thanks": True})
    seen = {"current": repr(shell.current), "clock": shell.header.clock.text()}
    shell.go_home()
    return {"thanks": thanked, **seen}


def opinion(shell: Any, key: str, text: str) -> dict[str, Any]:
    """A resident's opinion on a plan (预公开): the form, the text, 发送."""
    from PySide6.QtWidgets import QPushButton

    shell.go("predisclosure", key=key)
    screen = shell.screens["predisclosure"]
    screen.text_box.edit.setPlainText(text)
    send = screen.findChild(QPushButton, "opinion:send")
    screen.area.ensureWidgetVisible(send)
    tap(send)
    thanked = shell.current == ("predisclosure", {"key": key, "thanks": True})
    shell.go_home()
    return {"thanks": thanked}


if __name__ == "__main__":
    sys.exit(main())
