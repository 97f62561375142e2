"""Lockdown through a real X server (Xvfb, no window manager): what a desktop sends to close a window.

The kiosk runs as ``kiosk`` runs it (fullscreen, kiosk mode) on a private Xvfb display. Through
python-xlib the test sends the window manager's close request (a WM_PROTOCOLS / WM_DELETE_WINDOW
client message: what Alt+F4 becomes under a window manager), and with XTEST the keys Alt+F4,
Ctrl+Q, Ctrl+W and Escape, a right click and a two-second long press. The kiosk process must still
run, its window must still be mapped, and no new top-level window may appear.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

Xlib = pytest.importorskip("Xlib", reason="python-xlib is a test dependency (pyproject [test])")
from Xlib import XK, X, display, protocol  # noqa: E402
from Xlib.ext import xtest  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb missing: run scripts/setup.sh test")


@pytest.fixture
def xserver(tmp_path: Path):  # type: ignore[no-untyped-def]
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    name = f":{number}"
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    try:
        yield name
    finally:
        server.terminate()
        server.wait(10)


def _kiosk_windows(conn: display.Display, pid: int) -> list:  # type: ignore[type-arg]
    """Mapped top-level windows that belong to the kiosk process (by _NET_WM_PID)."""
    root = conn.screen().root
    pid_atom = conn.intern_atom("_NET_WM_PID")
    found = []
    for window in root.query_tree().children:
        try:
            if window.get_attributes().map_state != X.IsViewable:
                continue
            prop = window.get_full_property(pid_atom, X.AnyPropertyType)
        except Xlib.error.XError:
            continue
        if prop is not None and int(prop.value[0]) == pid:
            found.append(window)
    return found


def _key(conn: display.Display, *names: str) -> None:
    codes = [conn.keysym_to_keycode(XK.string_to_keysym(n)) for n in names]
    for code in codes:
        xtest.fake_input(conn, X.KeyPress, code)
    for code in reversed(codes):
        xtest.fake_input(conn, X.KeyRelease, code)
    conn.sync()


def test_the_window_managers_close_and_close_keys_do_not_end_the_kiosk(xserver, tmp_path: Path, sqlite_demo) -> None:
    from kiosk.services.auth import ADMIN, AuthService

    AuthService(sqlite_demo).set_pin(ADMIN, "482604", actor="test")
    env = {**os.environ, "DISPLAY": xserver, "QT_QPA_PLATFORM": "xcb", "KIOSK_LOG_DIR": str(tmp_path / "logs"),
           "KIOSK_LOCAL_DIR": str(tmp_path / "local")}  # fmt: skip
    env.pop("QT_IM_MODULE", None)
    output = tmp_path / "kiosk.out"
    with output.open("wb") as out:
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--db", sqlite_demo.url], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    conn = display.Display(xserver)
    try:
        deadline = time.monotonic() + 60
        windows: list = []  # type: ignore[type-arg]
        while not windows and time.monotonic() < deadline:
            time.sleep(0.3)
            windows = _kiosk_windows(conn, kiosk.pid)
            assert kiosk.poll() is None, output.read_text(encoding="utf-8", errors="replace")
        assert len(windows) == 1, "the kiosk never showed its window"
        window = windows[0]
        time.sleep(1.5)
        geometry = window.get_geometry()
        assert (geometry.width, geometry.height) == (1920, 1080)  # fullscreen on the display

        protocols, delete = conn.intern_atom("WM_PROTOCOLS"), conn.intern_atom("WM_DELETE_WINDOW")
        done = []
        for _attempt in range(3):  # what a window manager sends for Alt+F4 or its close button
            event = protocol.event.ClientMessage(
                window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
            )
            window.send_event(event)
            conn.sync()
            time.sleep(0.5)
            done.append("WM_DELETE_WINDOW")
        window.set_input_focus(X.RevertToParent, X.CurrentTime)
        for keys in (("Alt_L", "F4"), ("Control_L", "q"), ("Control_L", "w"), ("Escape",)):
            _key(conn, *keys)
            time.sleep(0.4)
            done.append("+".join(keys))
        x, y = 960, 700
        xtest.fake_input(conn, X.MotionNotify, x=x, y=y)
        xtest.fake_input(conn, X.ButtonPress, 3)  # right click: a context menu anywhere?
        xtest.fake_input(conn, X.ButtonRelease, 3)
        conn.sync()
        time.sleep(0.5)
        xtest.fake_input(conn, X.ButtonPress, 1)  # a two-second long press
        conn.sync()
        time.sleep(2.0)
        xtest.fake_input(conn, X.ButtonRelease, 1)
        conn.sync()
        time.sleep(1.0)
        done += ["right click", "2 s long press"]

        assert kiosk.poll() is None, "the kiosk ended"
        after = _kiosk_windows(conn, kiosk.pid)
        assert [w.id for w in after] == [window.id], f"windows now: {[hex(w.id) for w in after]}"
        print(f"\nlockdown on X ({xserver}): {', '.join(done)}; the kiosk is still up with its one window")
    finally:
        conn.close()
        kiosk.kill()
        kiosk.wait(10)
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert log.count("request to close the kiosk window was refused") >= 3
