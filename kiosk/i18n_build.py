"""Compile ``translations/*.ts`` into ``kiosk/translations/*.qm`` (run by the setup step).

``.qm`` files are build outputs and never committed; the ``.ts`` sources are. Uses the
``lrelease`` that ships inside the PySide6 wheel, so no system Qt tools are needed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

SOURCE = Path(__file__).resolve().parent.parent / "translations"
TARGET = Path(__file__).resolve().parent / "translations"


LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> Path:
    return Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)


def lrelease() -> Path:
    return _tool("lrelease")


def update(source: Path = SOURCE) -> None:
    """Refresh the .ts files from the tr() calls in the code (for developers, after changing strings)."""
    package = Path(__file__).resolve().parent
    files = sorted(str(p) for p in package.rglob("*.py"))
    for language in LANGUAGES:
        ts = source / f"kiosk_{language}.ts"
        subprocess.run(
            [str(_tool("lupdate")), "-locations", "none", "-no-obsolete", "-target-language", language,
             "-source-language", "en", *files, "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def build(source: Path = SOURCE, target: Path = TARGET) -> list[Path]:
    """Compile every .ts in ``source``; returns the .qm files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            written.append(qm)
            continue
        result = subprocess.run(
            [str(lrelease()), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        written.append(qm)
    return written


def catalogue(language: str) -> Path | None:
    """The compiled catalogue (.qm) for ``language``, or None when there is none to be had.

    Looked for inside the package (a wheel, or a checkout after ``scripts/setup.sh``); else, when
    the .ts sources are at hand (an editable install or a checkout without the setup step), compiled
    once into the user cache folder. A language without a catalogue is logged and listed for
    设备状态 (``health_log.missing_catalogues``): the interface would silently be English otherwise.
    """
    from kiosk.services import health_log

    name = f"kiosk_{language}.qm"
    packaged = TARGET / name
    if packaged.exists():
        return packaged
    ts = SOURCE / f"kiosk_{language}.ts"
    if ts.exists():
        import platformdirs

        cache = Path(platformdirs.user_cache_dir("hall-kiosk", appauthor=False)) / "translations"
        qm = cache / name
        try:
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                build(SOURCE, cache)
        except (OSError, SystemExit) as exc:
            health_log.note_missing_catalogue(language, f"{packaged}; compiling {ts} failed: {exc}")
            return None
        if qm.exists():
            return qm
    health_log.note_missing_catalogue(language, str(packaged))
    return None


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    files = build()
    print(f"translations: {len(files)} .qm file(s) in {TARGET}")
