"""Build hook: a wheel (and an editable install) carries the compiled translations and the icons.

``translations/*.ts`` (the sources, committed) are compiled into ``kiosk/translations/*.qm`` with
the ``lrelease`` that ships inside PySide6 (a build requirement in pyproject.toml), and
``assets/`` and ``deploy/`` are copied into the package (``kiosk/assets``, ``kiosk/deploy``), so
that ``pip install .`` into a fresh virtual environment gives the same kiosk as ``make run``:
Chinese interface, icons, service files. In an editable
install the package is the source folder, so the .qm files are compiled there (where
``scripts/setup.sh`` also puts them) and the icons are found in the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def compile_translations(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run(
            [str(lrelease()), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        written.append(qm)
    return written


class BuildWithTranslations(build_py):
    """build_py, plus the .qm catalogues and the icons inside the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_translations(ROOT / "kiosk" / "translations")
            return
        package = Path(self.build_lib) / "kiosk"
        compile_translations(package / "translations")
        assets = package / "assets"
        if assets.exists():
            shutil.rmtree(assets)
        shutil.copytree(ROOT / "assets", assets)
        deploy = package / "deploy"  # the service files `kiosk install-service` fills in
        if deploy.exists():
            shutil.rmtree(deploy)
        shutil.copytree(ROOT / "deploy", deploy)


setup(cmdclass={"build_py": BuildWithTranslations})
