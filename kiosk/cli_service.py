"""``kiosk install-service [--user]``: the systemd unit that keeps a kiosk running, written and enabled.

The unit is ``deploy/hall-kiosk.service`` with its program filled in (this Python, ``-m kiosk``,
and ``--db`` when given): ``Type=notify`` with a watchdog fed from the GUI thread,
``Restart=always`` with no start limit, a memory ceiling. ``--user`` installs it for the logged-in
user (the usual kiosk set-up: autologin into a graphical session) together with the autostart
entry that hands the session's display to systemd and starts it; without ``--user`` it becomes a
system unit for ``--run-as USER`` on display ``:0`` (needs root). ``--print`` shows the unit and
changes nothing; ``--unit-dir DIR`` writes the files there and enables nothing (images, packages).

Bad input gets one message and status 2 (``UserError``), and so does a machine without systemd:
then nothing is written, and the message says what to do instead.
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from kiosk.errors import UserError

UNIT = "hall-kiosk.service"
DESKTOP = "hall-kiosk.desktop"
MEMORY = re.compile(r"^\d+(\.\d+)?[KMGT]?$|^\d{1,3}%$|^infinity$")


def deploy_folder() -> Path:
    """The shipped service files: inside the package (a wheel) or the checkout's ``deploy/``."""
    package = Path(__file__).resolve().parent
    for folder in (package / "deploy", package.parent / "deploy"):
        if (folder / UNIT).exists():
            return folder
    raise UserError(f"找不到服务文件模板 {UNIT}(安装不完整,请重新安装本程序)")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    service = sub.add_parser(
        "install-service",
        help="write and enable the systemd unit (Type=notify, watchdog, Restart=always)",
        parents=[common],
    )
    service.add_argument("--user", action="store_true", help="a user unit for the logged-in kiosk user (recommended)")
    service.add_argument(
        "--run-as", metavar="USER", help="system unit: the user the kiosk runs as (default $SUDO_USER)"
    )
    service.add_argument("--display", default=":0", help="system unit: the X display (default :0)")
    service.add_argument("--memory-max", default="1500M", help="systemd MemoryMax= (default 1500M)")
    service.add_argument("--print", action="store_true", help="print the unit and change nothing")
    service.add_argument("--unit-dir", type=Path, help="write the files into DIR and enable nothing")


def systemd_running() -> bool:
    """Whether this machine was booted with systemd (sd_booted(3)) and has systemctl."""
    return Path("/run/systemd/system").is_dir() and shutil.which("systemctl") is not None


def exec_line(args: argparse.Namespace) -> str:
    command = [sys.executable, "-m", "kiosk"]
    db = getattr(args, "db", None)
    if db:
        command += ["--db", db if "://" in db else str(Path(db).expanduser().resolve())]
    return shlex.join(command)


def unit_text(args: argparse.Namespace) -> str:
    """The unit file for these options (the shipped template, filled in)."""
    if not MEMORY.match(args.memory_max):
        raise UserError(f"--memory-max {args.memory_max!r} 无法识别:应写作 1500M、2G 或 50% 这样的值")
    template = (deploy_folder() / UNIT).read_text(encoding="utf-8")
    environment = ""
    target = "graphical-session.target"
    if not args.user:
        user = _run_as(args)
        home = pwd.getpwnam(user).pw_dir
        environment = "\n".join(
            [f"User={user}", f"Environment=DISPLAY={args.display}", f"Environment=XAUTHORITY={home}/.Xauthority"]
        )
        environment += "\n"
        template = template.replace(
            "After=graphical-session.target\nPartOf=graphical-session.target\n", "After=graphical.target\n"
        )
        target = "graphical.target"
    readme = Path(__file__).resolve().parent.parent / "README.md"
    text = template.replace("@EXEC@", exec_line(args)).replace("@TARGET@", target).replace("@README@", str(readme))
    text = text.replace("@ENVIRONMENT@\n", environment)
    return re.sub(r"^MemoryMax=.*$", f"MemoryMax={args.memory_max}", text, flags=re.MULTILINE)


def _run_as(args: argparse.Namespace) -> str:
    user = args.run_as or os.environ.get("SUDO_USER") or ""
    if not user:
        raise UserError("系统服务需要 --run-as 用户名(信息亭以哪个用户运行);或改用 --user 为当前用户安装")
    try:
        pwd.getpwnam(user)
    except KeyError:
        raise UserError(f"没有名为 {user!r} 的用户") from None
    return user


def _places(args: argparse.Namespace) -> tuple[Path, Path | None]:
    """Where the unit and (for --user) the autostart entry go."""
    if args.unit_dir is not None:
        folder = args.unit_dir.expanduser()
        if not folder.is_dir():
            raise UserError(f"--unit-dir {folder} 不是已有的文件夹")
        return folder / UNIT, (folder / DESKTOP if args.user else None)
    if args.user:
        config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        return config / "systemd" / "user" / UNIT, config / "autostart" / DESKTOP
    return Path("/etc/systemd/system") / UNIT, None


def _systemctl(args: argparse.Namespace, *words: str) -> None:
    command = ["systemctl", *(["--user"] if args.user else []), *words]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        raise UserError(f"{shlex.join(command)} 失败:{reason[-1] if reason else result.returncode}")


def cmd_install_service(args: argparse.Namespace) -> int:
    if args.user and args.run_as:
        raise UserError("--user 为当前用户安装,不能同时指定 --run-as")
    text = unit_text(args)
    if args.print:
        print(text, end="")
        return 0
    unit_path, desktop_path = _places(args)
    enable = args.unit_dir is None
    if enable and not systemd_running():
        raise UserError(
            "本机没有运行 systemd,无法安装服务(没有 /run/systemd/system)。"
            "可以用 --unit-dir 文件夹 只写出服务文件,"
            "或让桌面会话的自动启动直接运行 kiosk;详见 README「Deploying a kiosk」。"
        )
    if enable and not args.user and os.geteuid() != 0:
        raise UserError("安装系统服务需要 root 权限(sudo kiosk install-service …);或改用 --user")
    unit_path.parent.mkdir(parents=True, exist_ok=True)
    unit_path.write_text(text, encoding="utf-8")
    print(f"已写出 {unit_path}")
    if desktop_path is not None:
        desktop_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(deploy_folder() / DESKTOP, desktop_path)
        print(f"已写出 {desktop_path}(登录后自动启动)")
    if enable:
        _systemctl(args, "daemon-reload")
        _systemctl(args, "enable", UNIT)
        scope = "--user " if args.user else ""
        print(f"已启用 {UNIT};立即启动: systemctl {scope}start {UNIT};日志: journalctl {scope}-u {UNIT}")
    return 0


COMMANDS = {"install-service": cmd_install_service}
