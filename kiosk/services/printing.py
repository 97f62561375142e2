"""Printing a PDF, whichever way this machine can: CUPS, Qt's print system, or a folder.

Every backend takes PDF bytes and either returns a ``PrintOutcome`` or raises ``PrintFailed``
whose ``message`` is one plain-Chinese sentence a resident or clerk can act on ("打印机缺纸…"),
with a stable ``code`` for the screen and the technical ``detail`` for the log. Backends block
(they poll CUPS, or paint pages); screens run them through ``print_worker.PrintJob`` so the GUI
thread never waits. Which backend is used comes from the ``printer`` setting; the default is the
system's default printer when there is one, else a folder so nothing is ever lost. No Qt here
(the Qt backend imports it inside its own module).
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import UserError

PRINTER_SETTING_KEY = "printer"
DEFAULT_TIMEOUT = 60.0

Progress = Callable[[str], None]

MESSAGES = {
    "no_cups": "本机的打印服务（CUPS）没有运行，请工作人员检查打印机设置。",
    "not_found": "找不到打印机「{printer}」，请工作人员检查打印机设置。",
    "stopped": "打印机已被暂停使用，请工作人员在打印机管理中恢复（启用）打印机。",
    "not_accepting": "打印机现在不接收新的打印任务，请工作人员检查打印机设置。",
    "unreachable": "连接不上打印机，请检查打印机电源是否打开、网线或数据线是否插好。",
    "offline": "打印机处于离线状态，请检查打印机电源和连接线。",
    "media_empty": "打印机没纸了，请工作人员添加纸张。",
    "media_jam": "打印机卡纸了，请工作人员取出卡住的纸张。",
    "door_open": "打印机的机盖没有关好。",
    "marker_empty": "打印机的墨粉（色带、墨水）用完了，请工作人员更换。",
    "filter": "打印机无法处理这份文件（打印驱动出错），请工作人员检查打印机驱动。",
    "held": "打印任务被挂起了，需要工作人员在打印机管理中放行。",
    "aborted": "打印系统中止了这份打印任务。",
    "cancelled": "打印任务已取消。",
    "timeout": "打印超时：打印机在 {seconds} 秒内没有打完，请工作人员查看打印机。",
    "folder": "无法把告知单保存到文件夹，请工作人员检查打印设置。",
    "qt": "无法使用打印机「{printer}」打印。",
    "other": "打印失败，请工作人员查看打印机。",
}


class PrintFailed(Exception):
    """A print that did not happen, explained: ``message`` for people, ``detail`` for the log."""

    def __init__(self, code: str, detail: str = "", **values: object) -> None:
        self.code = code if code in MESSAGES else "other"
        self.message = MESSAGES[self.code].format(**values)
        self.detail = detail
        super().__init__(f"{self.message} ({detail})" if detail else self.message)


@dataclass(frozen=True)
class PrintOutcome:
    """A finished print: what to tell the user, and the job or file it became."""

    message: str
    job: str = ""
    path: Path | None = None


def ignore_progress(_text: str) -> None:
    """The default progress callback: nobody is watching."""


class PrintBackend(ABC):
    """One way of putting a PDF on paper (or into a file)."""

    kind: str = ""

    @abstractmethod
    def label(self) -> str:
        """Where prints go, for settings and messages ("打印机 HP-1020")."""

    @abstractmethod
    def print_pdf(
        self,
        pdf: bytes,
        *,
        title: str,
        copies: int = 1,
        progress: Progress = ignore_progress,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        """Print ``pdf`` and wait until it is done; raise ``PrintFailed`` otherwise."""


def default_folder() -> Path:
    """Where the folder backend saves when no folder is configured."""
    import platformdirs

    from kiosk.data.db import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "printed"


def _safe_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_")[:80] or "notice"


class FolderBackend(PrintBackend):
    """Saves the PDF into a folder: the fallback when there is no printer, and for testing."""

    kind = "folder"

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    def label(self) -> str:
        return f"保存到文件夹 {self.folder}"

    def print_pdf(
        self,
        pdf: bytes,
        *,
        title: str,
        copies: int = 1,
        progress: Progress = ignore_progress,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        import datetime as dt

        progress("正在保存…")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / f"{stamp}-{_safe_name(title)}.pdf"
            n = 1
            while target.exists():
                n += 1
                target = self.folder / f"{stamp}-{_safe_name(title)}-{n}.pdf"
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(pdf)
            partial.replace(target)
        except OSError as exc:
            # residents read the message; the folder and the system's reason go to the detail
            raise PrintFailed("folder", f"{self.folder}: {exc.strerror or exc}") from None
        return PrintOutcome(f"已保存到 {target}", path=target)


@dataclass(frozen=True)
class PrinterChoice:
    """A parsed ``printer`` setting: ``auto``, ``cups:NAME``, ``qt:NAME`` (empty: Qt's default), ``folder:PATH``."""

    kind: str
    target: str = ""

    @classmethod
    def parse(cls, value: object) -> PrinterChoice:
        text = str(value or "").strip()
        if not text or text == "auto":
            return cls("auto")
        kind, sep, target = text.partition(":")
        if not sep:
            return cls("cups", text)
        if kind not in {"cups", "qt", "folder"} or (kind in {"cups", "folder"} and not target.strip()):
            raise UserError(f"打印机设置 {text!r} 无法识别：应为 auto、cups:打印机名、qt:打印机名 或 folder:文件夹")
        return cls(kind, target.strip())

    def __str__(self) -> str:
        return "auto" if self.kind == "auto" else f"{self.kind}:{self.target}"


def choose_backend(setting: object = None, *, timeout: float = DEFAULT_TIMEOUT) -> PrintBackend:
    """The backend the ``printer`` setting asks for; ``auto``: the system default printer, else the folder."""
    from kiosk.services import printing_cups

    choice = PrinterChoice.parse(setting)
    if choice.kind == "folder":
        return FolderBackend(Path(choice.target).expanduser())
    if choice.kind == "qt":
        from kiosk.services.printing_qt import QtBackend

        return QtBackend(choice.target or None)
    if choice.kind == "cups":
        return printing_cups.CupsBackend(choice.target, timeout=timeout)
    default = printing_cups.default_printer()
    if default:
        return printing_cups.CupsBackend(default, timeout=timeout)
    if not printing_cups.cups_installed():
        from kiosk.services.printing_qt import qt_default_printer

        name = qt_default_printer()
        if name:
            from kiosk.services.printing_qt import QtBackend

            return QtBackend(name)
    return FolderBackend()


def available_choices() -> list[tuple[str, str]]:
    """(setting value, label) pairs for the admin's printer setting."""
    from kiosk.services import printing_cups

    choices = [("auto", "自动：系统默认打印机；没有时保存到文件夹")]
    if printing_cups.cups_installed():
        choices += [(f"cups:{name}", f"打印机 {name}") for name in printing_cups.printer_names()]
    else:
        from kiosk.services.printing_qt import qt_printer_names

        choices += [(f"qt:{name}", f"打印机 {name}") for name in qt_printer_names()]
    choices.append((f"folder:{default_folder()}", f"保存到文件夹 {default_folder()}"))
    return choices
