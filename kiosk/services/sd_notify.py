"""systemd's notification protocol, in the few lines it takes (no Qt, no dependency).

A ``Type=notify`` service is started with ``NOTIFY_SOCKET`` (a Unix datagram socket; a leading
``@`` means the abstract namespace) and, with ``WatchdogSec=``, ``WATCHDOG_USEC`` (and
``WATCHDOG_PID``, the process the watchdog is meant for). The service sends ``READY=1`` when it is
up and ``WATCHDOG=1`` more often than every ``WATCHDOG_USEC``; a service that stops sending is
killed (SIGABRT, so ``faulthandler`` writes every thread's stack) and, with ``Restart=always``,
started again. See sd_notify(3) and systemd.service(5). Outside systemd every call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def socket_address(env: Mapping[str, str] | None = None) -> str | None:
    """The notification socket's address (abstract names start with a NUL byte), or None."""
    address = (os.environ if env is None else env).get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":
        return None
    return "\0" + address[1:] if address[0] == "@" else address


def watchdog_seconds(env: Mapping[str, str] | None = None) -> float | None:
    """The watchdog timeout meant for this process (``WATCHDOG_USEC``), or None when there is none."""
    env = os.environ if env is None else env
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid.strip() != str(os.getpid()):
        return None  # meant for another process (e.g. a shell script that started us)
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 1_000_000 if usec > 0 else None


class Notifier:
    """Sends states to the service manager; every method is a no-op outside a notify service."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self.address = socket_address(env)
        self.watchdog = watchdog_seconds(env)
        self._warned = False

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def send(self, state: str) -> bool:
        if self.address is None:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(self.address)
                sock.sendall(state.encode("utf-8"))
        except OSError as exc:
            if not self._warned:  # a manager that went away must not flood the log every few seconds
                log.warning("could not notify the service manager (%s): %s", self.address.lstrip("\0"), exc)
                self._warned = True
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.send("READY=1" + (f"\nSTATUS={status}" if status else ""))

    def heartbeat(self) -> bool:
        return self.send("WATCHDOG=1")

    def status(self, text: str) -> bool:
        return self.send(f"STATUS={text}")

    def stopping(self) -> bool:
        return self.send("STOPPING=1")
