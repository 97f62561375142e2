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


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    files = build()
    print(f"translations: {len(files)} .qm file(s) in {TARGET}")
