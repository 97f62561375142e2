"""The screen the benchmark's Qt processes draw on: a private Xvfb at 1920×1080, or Qt's offscreen platform.

Xvfb is a real X server (what the kiosk meets on a hall PC without a monitor attached); the
offscreen platform, configured as one 1920×1080 screen, stands in where Xvfb is not installed.
``KIOSK_BENCH_DISPLAY=offscreen|xvfb`` chooses. Xvfb picks a free display number itself
(``-displayfd``), so benchmarks of several people on one machine never collide, and is stopped by
its process id.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.errors import UserError

SIZE = (1920, 1080)


def offscreen_environment(folder: Path, size: tuple[int, int] = SIZE) -> dict[str, str]:
    config = folder / "offscreen-screen.json"
    screen = {"name": "bench", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96,
              "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


@contextmanager
def bench_display(folder: Path, size: tuple[int, int] = SIZE) -> Iterator[tuple[str, dict[str, str]]]:
    """(name, environment) for the Qt children, for as long as the ``with`` lasts."""
    wanted = os.environ.get("KIOSK_BENCH_DISPLAY", "").strip().lower()
    xvfb = shutil.which("Xvfb")
    if wanted == "xvfb" and not xvfb:
        raise UserError("KIOSK_BENCH_DISPLAY=xvfb 但没有安装 Xvfb(apt-get install xvfb)")
    if wanted == "offscreen" or not xvfb:
        yield "offscreen", offscreen_environment(folder, size)
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number.isdigit():
            raise UserError("Xvfb 没有启动(没有得到显示编号)")
        yield "xvfb", {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
