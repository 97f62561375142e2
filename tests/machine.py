"""A kiosk PC booted by real systemd, for the reboot test: ``python -m tests.machine``.

The test machine (a container, CI) has no systemd as PID 1, but it has systemd and
``systemd-nspawn``. This script makes a throwaway "PC" of this machine's own file system: an
overlay whose lower layer is ``/`` (read only: nothing of the host is ever written) and whose upper
layer is a tmpfs, the PC's "disk", which outlives each boot of it. It boots that PC with
``systemd-nspawn --boot`` (its own PID 1, journald, the usual targets), and then does what a
technician and a township hall do:

1. ``kiosk install-service --run-as root --db …`` inside the booted PC (the real command: it writes
   ``/etc/systemd/system/hall-kiosk.service``, reloads systemd and enables the unit), and nothing
   else: the kiosk is not started by hand;
2. ``systemctl reboot``: the kiosk must be up by itself after the boot (``Type=notify``: systemd
   calls it active only after ``READY=1``, which the kiosk sends once home is painted);
3. kill -9 of the kiosk, ``kills`` times: systemd restarts it (``Restart=always``);
4. SIGSTOP (a frozen GUI): the watchdog restarts it;
5. a power cut (SIGKILL to the PC's PID 1 from outside): booted again, the kiosk is up by itself.

It prints one JSON object with the times. It needs root (mounts, namespaces); it runs itself
under ``unshare --mount`` so that its mounts vanish with it. The PC has no screen: a drop-in sets
``QT_QPA_PLATFORM=offscreen``, and ``WatchdogSec`` when asked (the shipped 30 s behaves the same,
only slower). Services this machine has enabled that a kiosk PC would not run here (PostgreSQL,
CUPS) and ``/tmp`` cleaning at boot (the project may live in ``/tmp``) are masked in the PC.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

UNIT = "hall-kiosk.service"
MASKED = (
    "tmp.mount",
    "systemd-tmpfiles-setup.service",
    "systemd-tmpfiles-clean.timer",
    "postgresql.service",
    "cups.service",
    "cups.socket",
    "cups.path",
    "console-getty.service",
)
DB = "/var/lib/hall-kiosk/kiosk.db"


def available() -> str:
    """Why this machine cannot boot a PC of itself ("" when it can)."""
    if sys.platform != "linux":
        return "not Linux"
    if os.geteuid() != 0:
        return "needs root (mounts and namespaces)"
    for tool in ("systemd-nspawn", "unshare", "nsenter", "systemctl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/lib/systemd/systemd").exists() and not Path("/usr/lib/systemd/systemd").exists():
        return "systemd is not installed"
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "cannot make a mount namespace here (no CAP_SYS_ADMIN)"
    return ""


class PC:
    """One booted PC: the nspawn process and, inside it, systemd as PID 1."""

    def __init__(self, root: Path, console: Path) -> None:
        self.root = root
        self.console = console
        self.nspawn: subprocess.Popen[bytes] | None = None
        self.init_pid = 0

    def boot(self, timeout: float = 120.0) -> float:
        started = time.monotonic()
        log = self.console.open("ab")
        self.nspawn = subprocess.Popen(
            ["systemd-nspawn", "-D", str(self.root), "--register=no", "--keep-unit", "--private-network",
             "--boot"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        log.close()
        deadline = started + timeout
        while time.monotonic() < deadline:
            self.init_pid = self._find_init()
            if self.init_pid:
                state = self.run("systemctl", "is-system-running", check=False, timeout=10).stdout.strip()
                if state in ("running", "degraded"):
                    return time.monotonic() - started
            if self.nspawn.poll() is not None:
                raise RuntimeError(f"the PC did not boot (nspawn exited {self.nspawn.returncode})")
            time.sleep(0.2)
        raise RuntimeError("the PC did not finish booting in time")

    def _find_init(self) -> int:
        """The PC's PID 1 as this machine sees it: a process whose innermost PID is 1, below nspawn."""
        assert self.nspawn is not None
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            nspid = fields.get("NSpid", "").split()
            if len(nspid) > 1 and nspid[-1] == "1" and self._below_nspawn(int(entry.name)):
                return int(entry.name)
        return 0

    def _below_nspawn(self, pid: int) -> bool:
        assert self.nspawn is not None
        for _ in range(5):
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                return False
            pid = int(stat.rsplit(")", 1)[1].split()[1])
            if pid == self.nspawn.pid:
                return True
        return False

    def run(self, *argv: str, check: bool = True, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        """A command inside the PC (its mounts, PIDs and systemd)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NOTIFY_SOCKET", "WATCHDOG", "QT_"))}
        result = subprocess.run(
            ["nsenter", "-t", str(self.init_pid), "-m", "-p", "-u", "-i", "-n", "--", *argv],
            capture_output=True, text=True, timeout=timeout, env=env, check=False,
        )  # fmt: skip
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} in the PC: {result.returncode}: {result.stderr.strip()[-500:]}")
        return result

    def main_pid(self) -> int:
        out = self.run("systemctl", "show", "-p", "MainPID", "--value", UNIT, check=False).stdout.strip()
        return int(out or 0)

    def wait_kiosk(self, after_pid: int, timeout: float) -> float | None:
        """Seconds until the kiosk is active (READY=1 sent: home painted) with a new main PID."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            active = self.run("systemctl", "is-active", UNIT, check=False).stdout.strip() == "active"
            if active:
                pid = self.main_pid()
                if pid and pid != after_pid:
                    return time.monotonic() - started
            time.sleep(0.1)
        return None

    def wait_down(self, timeout: float) -> int | None:
        assert self.nspawn is not None
        try:
            return self.nspawn.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def power_cut(self) -> None:
        os.kill(self.init_pid, signal.SIGKILL)
        self.wait_down(30)
        self.init_pid = 0

    def stop(self) -> None:
        if self.nspawn is not None and self.nspawn.poll() is None:
            if self.init_pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.init_pid, signal.SIGKILL)
            try:
                self.nspawn.wait(20)
            except subprocess.TimeoutExpired:
                self.nspawn.kill()
                self.nspawn.wait(10)


def prepare(work: Path, db: Path, watchdog: int | None) -> Path:
    """Mount the PC's disk (tmpfs) and root (overlay on /), and put the kiosk's database on it."""
    disk, root = work / "disk", work / "root"
    disk.mkdir(parents=True, exist_ok=True)
    root.mkdir(exist_ok=True)
    subprocess.run(["mount", "--make-rprivate", "/"], check=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2G", "disk", str(disk)], check=True)
    (disk / "upper").mkdir()
    (disk / "work").mkdir()
    options = f"lowerdir=/,upperdir={disk / 'upper'},workdir={disk / 'work'}"
    subprocess.run(["mount", "-t", "overlay", "overlay", "-o", options, str(root)], check=True)
    units = root / "etc/systemd/system"
    units.mkdir(parents=True, exist_ok=True)
    for name in MASKED:
        target = units / name
        if target.is_symlink() or target.exists():
            target.unlink()
        target.symlink_to("/dev/null")
    dropin = units / f"{UNIT}.d"
    dropin.mkdir(exist_ok=True)
    lines = ["[Service]", "# this PC has no screen", "Environment=QT_QPA_PLATFORM=offscreen"]
    if watchdog:
        lines.append(f"WatchdogSec={watchdog}")
    (dropin / "machine.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target_db = root / DB.lstrip("/")
    target_db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db, target_db)
    return root


def scenario(args: argparse.Namespace) -> dict[str, object]:
    work = Path(args.work)
    root = prepare(work, Path(args.db), args.watchdog)
    pc = PC(root, work / "console.log")
    found: dict[str, object] = {"boots": []}
    boots: list[float] = found["boots"]  # type: ignore[assignment]
    try:
        try:
            boots.append(round(pc.boot(), 2))
        except RuntimeError as exc:  # before the kiosk is involved: this machine cannot boot a PC
            found["unbootable"] = str(exc)
            return found
        installed = pc.run(sys.executable, "-m", "kiosk", "install-service", "--run-as", "root", "--db", DB)
        found["install"] = installed.stdout.strip().splitlines()
        found["enabled"] = pc.run("systemctl", "is-enabled", UNIT, check=False).stdout.strip()
        found["active_before_reboot"] = pc.run("systemctl", "is-active", UNIT, check=False).stdout.strip()

        pc.run("systemctl", "reboot", check=False)
        found["reboot_exit"] = pc.wait_down(90)  # nspawn ends with 133 when the PC asks to reboot
        rebooted = time.monotonic()
        boots.append(round(pc.boot(), 2))
        up = pc.wait_kiosk(0, 60)
        found["after_reboot_s"] = None if up is None else round(time.monotonic() - rebooted, 2)

        kills: list[float | None] = []
        for _ in range(args.kills):
            pid = pc.main_pid()
            pc.run("kill", "-9", str(pid), check=False)
            took = pc.wait_kiosk(pid, 40)
            kills.append(None if took is None else round(took, 2))
        found["after_kill_s"] = kills

        pid = pc.main_pid()
        pc.run("kill", "-STOP", str(pid), check=False)
        took = pc.wait_kiosk(pid, (args.watchdog or 30) + 40)
        found["after_freeze_s"] = None if took is None else round(took, 2)
        found["watchdog_s"] = args.watchdog or 30

        cut = time.monotonic()
        pc.power_cut()
        boots.append(round(pc.boot(), 2))
        up = pc.wait_kiosk(0, 60)
        found["after_power_cut_s"] = None if up is None else round(time.monotonic() - cut, 2)
        said = pc.run("journalctl", "-b", "-u", UNIT, "-o", "cat", check=False).stdout.splitlines()
        found["journal_lines"] = len(said)
        found["errors_logged"] = [line for line in said if "Traceback" in line or "Error" in line][-20:]
        pc.run("systemctl", "poweroff", check=False)
        found["poweroff_exit"] = pc.wait_down(90)
    except Exception as exc:  # the test prints what happened and fails on the missing figure
        found["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        pc.stop()
        found["console_tail"] = (work / "console.log").read_text(errors="replace")[-3000:]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the kiosk's SQLite database to put on the PC")
    parser.add_argument("--work", required=True, help="an empty folder for the PC's mounts and console")
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--watchdog", type=int, default=None, help="WatchdogSec for the PC (default: the unit's)")
    args = parser.parse_args(argv)
    why = available()
    if why:
        print(json.dumps({"unavailable": why}))
        return 0
    if os.environ.get("KIOSK_MACHINE_UNSHARED") != "1":  # run again in a mount namespace of its own
        env = {**os.environ, "KIOSK_MACHINE_UNSHARED": "1"}
        argv = argv if argv is not None else sys.argv[1:]
        command = ["unshare", "--mount", "--propagation", "private", sys.executable, "-m", "tests.machine", *argv]
        return subprocess.run(command, env=env, check=False).returncode
    print(json.dumps(scenario(args), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
