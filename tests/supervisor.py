"""A small service manager for the restart tests, where systemd is not PID 1 (containers, CI).

It reads the same settings as ``deploy/hall-kiosk.service`` (Restart=, RestartSec=,
RestartPreventExitStatus=, WatchdogSec=) and speaks the same protocol: it binds a datagram
``NOTIFY_SOCKET``, passes ``WATCHDOG_USEC``, waits for ``READY=1`` and ``WATCHDOG=1``, and when the
heartbeat stops for ``WatchdogSec`` after READY=1 it does what systemd does: SIGABRT (so faulthandler dumps the
stacks), SIGCONT (a stopped process must receive it), SIGKILL after a grace period; then it starts
the program again after ``RestartSec``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


def unit_settings(path: Path) -> dict[str, str]:
    """``Key=Value`` lines of a unit file (the last one wins), comments and sections ignored."""
    settings: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings


def seconds(value: str) -> float:
    value = value.strip()
    for suffix, factor in (("ms", 0.001), ("min", 60.0), ("s", 1.0)):
        if value.endswith(suffix):
            return float(value[: -len(suffix)]) * factor
    return float(value)


@dataclass
class Event:
    at: float
    pid: int
    what: str  # "start", "ready", "exit <status>", "watchdog"


@dataclass
class Supervisor:
    argv: list[str]
    env: dict[str, str]
    folder: Path
    restart: str = "always"
    restart_sec: float = 3.0
    watchdog_sec: float | None = 30.0
    prevent: set[int] = field(default_factory=set)
    abort_grace: float = 5.0

    def __post_init__(self) -> None:
        self.events: list[Event] = []
        self.process: subprocess.Popen[bytes] | None = None
        self.last_beat = 0.0
        self.ready_pid = 0
        self._stop = threading.Event()
        self._lock = threading.Condition()
        path = self.folder / "notify.sock"
        path.unlink(missing_ok=True)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.1)
        self.path = path
        self.thread = threading.Thread(target=self._run, name="supervisor", daemon=True)

    @classmethod
    def from_unit(cls, unit: Path, argv: list[str], env: dict[str, str], folder: Path, **override) -> Supervisor:  # type: ignore[no-untyped-def]
        s = unit_settings(unit)
        prevent = {int(v) for v in s.get("RestartPreventExitStatus", "").split() if v.isdigit()}
        values = {
            "restart": s.get("Restart", "no"),
            "restart_sec": seconds(s.get("RestartSec", "0.1")),
            "watchdog_sec": seconds(s["WatchdogSec"]) if "WatchdogSec" in s else None,
            "prevent": prevent,
        }
        values.update(override)
        return cls(argv, env, folder, **values)

    # --- the loop ------------------------------------------------------------------------------

    def start(self) -> Supervisor:
        self._spawn()
        self.thread.start()
        return self

    def _note(self, pid: int, what: str) -> None:
        with self._lock:
            self.events.append(Event(time.monotonic(), pid, what))
            self._lock.notify_all()

    def _spawn(self) -> None:
        env = {**self.env, "NOTIFY_SOCKET": str(self.path)}
        if self.watchdog_sec:
            env["WATCHDOG_USEC"] = str(int(self.watchdog_sec * 1_000_000))
        self.process = subprocess.Popen(self.argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.last_beat = time.monotonic()
        self.ready_pid = 0
        self._note(self.process.pid, "start")

    def _run(self) -> None:
        aborted_at: float | None = None
        while not self._stop.is_set():
            try:
                message = self.sock.recv(4096).decode("utf-8", "replace")
            except TimeoutError:
                message = ""
            process = self.process
            assert process is not None
            if message:
                fields = dict(line.partition("=")[::2] for line in message.splitlines())
                if fields.get("READY") == "1":
                    self.ready_pid = process.pid
                    self._note(process.pid, "ready")
                if "WATCHDOG" in fields or "READY" in fields:
                    self.last_beat = time.monotonic()
            status = process.poll()
            if status is not None:
                self._note(process.pid, f"exit {status}")
                aborted_at = None
                if self.restart == "always" and status not in self.prevent and not self._stop.is_set():
                    if self._stop.wait(self.restart_sec):
                        return
                    self._spawn()
                    continue
                return
            now = time.monotonic()
            # "The watchdog is activated when the start-up is completed" (systemd.service(5)): after READY=1
            watching = self.watchdog_sec and self.ready_pid == process.pid
            if watching and aborted_at is None and now - self.last_beat > self.watchdog_sec:
                self._note(process.pid, "watchdog")
                os.kill(process.pid, signal.SIGABRT)
                os.kill(process.pid, signal.SIGCONT)
                aborted_at = now
            elif aborted_at is not None and now - aborted_at > self.abort_grace:
                os.kill(process.pid, signal.SIGKILL)
                aborted_at = now + 3600

    # --- for the test --------------------------------------------------------------------------

    def wait_ready(self, after: float, timeout: float) -> Event | None:
        """The first READY=1 after ``after`` (time.monotonic), or None within ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for event in self.events:
                    if event.what == "ready" and event.at > after:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._lock.wait(left)

    def stop(self) -> None:
        self._stop.set()
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.thread.join(15)
        self.sock.close()
