"""systemd's notification protocol, spoken to a real datagram socket."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.services.sd_notify import Notifier, socket_address, watchdog_seconds
from kiosk.services.sd_watchdog import ServiceHeartbeat


@pytest.fixture
def listener(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    yield path, sock
    sock.close()


def test_states_reach_the_socket(listener) -> None:
    path, sock = listener
    notifier = Notifier({"NOTIFY_SOCKET": str(path)})
    assert notifier.ready("home painted") and notifier.heartbeat() and notifier.stopping()
    assert [sock.recv(100) for _ in range(3)] == [b"READY=1\nSTATUS=home painted", b"WATCHDOG=1", b"STOPPING=1"]


def test_abstract_socket_names_and_no_socket() -> None:
    assert socket_address({"NOTIFY_SOCKET": "@/org/systemd/notify"}) == "\0/org/systemd/notify"
    assert socket_address({}) is None
    assert not Notifier({}).ready()  # outside systemd: nothing, no error


def test_the_watchdog_period_is_for_this_process_only() -> None:
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000"}) == 30.0
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}) == 30.0
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) is None
    assert watchdog_seconds({"WATCHDOG_USEC": "soon"}) is None


def test_a_vanished_manager_is_logged_once_and_not_raised(tmp_path: Path, caplog) -> None:
    notifier = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})
    assert not notifier.heartbeat() and not notifier.heartbeat()
    assert sum("could not notify" in r.message for r in caplog.records) == 1


def test_heartbeat_from_the_gui_timer_and_ready_after_the_first_paint(qtbot, listener) -> None:
    path, sock = listener
    heartbeat = ServiceHeartbeat(Notifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "400000"})).start()
    assert heartbeat.timer.interval() == 200  # half the watchdog period
    window = QLabel("home")
    qtbot.addWidget(window)
    heartbeat.ready_when_painted(window)
    window.show()
    qtbot.waitUntil(lambda: heartbeat.ready_sent, timeout=3000)
    qtbot.wait(700)  # the GUI thread's timer beats while the event loop runs
    sock.setblocking(False)
    seen = []
    while True:
        try:
            seen.append(sock.recv(100))
        except BlockingIOError:
            break
    assert b"READY=1\nSTATUS=home painted" in seen and seen.count(b"WATCHDOG=1") >= 3
    heartbeat.timer.stop()
