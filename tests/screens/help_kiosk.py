"""A kiosk process for the 呼叫帮办 test: opens a guide on the database given, taps 「呼叫工作人员」,
prints ``CALLED <epoch>`` and then ``ANSWERED <who>`` once a console acknowledged (or ``TIMEOUT``)."""

from __future__ import annotations

import os
import sys
import time


def main(url: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app import application, build_shell, install_font
    from kiosk.data.db import open_database

    app = application()
    install_font()
    database = open_database(url)
    shell = build_shell(database, "zh_CN")
    shell.resize(1920, 1080)
    shell.show()
    shell.go("guide", code=shell.content.matter_summaries()[0].code)
    app.processEvents()
    from PySide6.QtWidgets import QPushButton

    button = shell.current_screen().findChild(QPushButton, "CallStaff")
    print(f"CALLED {time.time()}", flush=True)
    button.click()  # a tap; QTest needs an exposed window, which offscreen may not report
    deadline = time.monotonic() + 60
    dialog = None
    while time.monotonic() < deadline:
        app.processEvents()
        from kiosk.screens.help_call import HelpCallDialog

        dialog = dialog or next((w for w in QApplication.topLevelWidgets() if isinstance(w, HelpCallDialog)), None)
        if dialog is not None and dialog.answer is not None:
            print(f"ANSWERED {dialog.answer.acknowledged_by} | {dialog.status.text()}", flush=True)
            return 0
        time.sleep(0.05)
    print("TIMEOUT", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
