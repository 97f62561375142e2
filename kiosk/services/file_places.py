"""Where an admin's files are: USB disks first, then the home and desktop folders. No Qt here.

The admin console's file picker lists these places and the folders and files inside them. A
kiosk has no file manager and residents must not get one, so the picker shows only what an
import, an export or a restore can use: folders, and files with the wanted extensions. Hidden
files and folders are never listed.

USB disks are found where desktop Linux mounts them (``/media/USER/LABEL``, ``/run/media/USER/
LABEL``, ``/mnt/NAME``); ``MOUNT_GLOBS`` is a module attribute so tests can point it at a folder.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import UserError

MOUNT_GLOBS: tuple[str, ...] = ("/media/*/*", "/run/media/*/*", "/mnt/*")
DESKTOP_NAMES = ("Desktop", "桌面")
# the kiosk's own files, and what a county exports: national tables (zip, or one CSV/XLSX table), an
# office spreadsheet as CSV (a folder of national tables is chosen as a folder)
IMPORT_SUFFIXES = (".json", ".xlsx", ".zip", ".csv")
BACKUP_SUFFIXES = (".sqlite3", ".json")
MAX_ENTRIES = 2000  # a folder with more is cut short (a USB disk of photos, say), not allowed to freeze the list


@dataclass(frozen=True)
class Place:
    """A starting point of the picker: a USB disk, the home folder, the desktop, the backup folder."""

    path: Path
    kind: str  # "usb", "home", "desktop", "extra"

    @property
    def name(self) -> str:
        return self.path.name or str(self.path)


@dataclass(frozen=True)
class Entry:
    """A folder or a file inside a folder."""

    path: Path
    is_folder: bool
    size: int = 0
    modified: dt.datetime | None = None

    @property
    def name(self) -> str:
        return self.path.name


def usb_mounts() -> list[Path]:
    """Mounted removable disks, sorted by path (only folders we can read)."""
    found: set[Path] = set()
    for pattern in MOUNT_GLOBS:
        for name in glob.glob(pattern):
            path = Path(name)
            if path.name.startswith(".") or not _readable_folder(path):
                continue
            found.add(path)
    return sorted(found)


def places(extra: Collection[Path] = (), home: Path | None = None) -> list[Place]:
    """USB disks first, then ``extra`` folders (e.g. the backup folder), the home folder and the desktop."""
    home = home or Path.home()
    result = [Place(p, "usb") for p in usb_mounts()]
    result += [Place(p, "extra") for p in extra if _readable_folder(p)]
    result.append(Place(home, "home"))
    result += [Place(home / name, "desktop") for name in DESKTOP_NAMES if _readable_folder(home / name)]
    unique: dict[Path, Place] = {}
    for place in result:
        unique.setdefault(place.path, place)
    return list(unique.values())


def list_folder(
    folder: Path, suffixes: Collection[str] = IMPORT_SUFFIXES, *, folders_only: bool = False
) -> list[Entry]:
    """Sub-folders (by name), then the files with one of ``suffixes`` (newest first); hidden ones left out."""
    wanted = {s.lower() for s in suffixes}
    folders: list[Entry] = []
    files: list[Entry] = []
    try:
        children = list(folder.iterdir())
    except OSError as exc:
        raise UserError(f"无法打开文件夹 {folder}：{exc.strerror or exc}") from None
    for child in children[:MAX_ENTRIES]:
        if child.name.startswith("."):
            continue
        try:
            if child.is_dir():
                folders.append(Entry(child, True))
            elif not folders_only and child.suffix.lower() in wanted and child.is_file():
                stat = child.stat()
                files.append(Entry(child, False, stat.st_size, dt.datetime.fromtimestamp(stat.st_mtime)))
        except OSError:
            continue  # a broken link or a file removed while listing: leave it out
    folders.sort(key=lambda e: e.name.casefold())
    files.sort(key=lambda e: (e.modified or dt.datetime.min, e.name), reverse=True)
    return folders + files


def size_text(size: int) -> str:
    """A file size for people: 12 KB, 3.4 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _readable_folder(path: Path) -> bool:
    try:
        return path.is_dir() and os.access(path, os.R_OK | os.X_OK)
    except OSError:
        return False
