"""Installs that work without make: a wheel and an editable install carry the compiled translations.

``pip install .`` used to leave the kiosk in English (the .qm catalogues were only built by
``scripts/setup.sh``). Here a clean copy of the sources (no .qm in it) is built into a wheel and
installed into a fresh virtual environment, and installed editable into another; in both, the
catalogue must be there and the interface Chinese. The fresh environments borrow this checkout's
dependencies through a .pth line (installing PySide6 again would take minutes, not prove more).
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
CHECK = """
import json, sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
import kiosk
from kiosk.app import Translator
from kiosk.services.health_log import missing_catalogues
from kiosk.widgets.icons import icon_path
from kiosk.cli_service import deploy_folder
t = Translator()
t.set_language("zh_CN")
print(json.dumps({
    "package": kiosk.__file__,
    "home": QCoreApplication.translate("Header", "Home"),
    "installed": t.installed,
    "missing": missing_catalogues(),
    "icon": str(icon_path("home")),
    "deploy": str(deploy_folder()),
}))
"""


def _copy_of_sources(target: Path) -> Path:
    """The files git knows (committed or new, not ignored): what a clone would have, so no .qm."""
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(source.read_bytes())
    assert not list(target.rglob("*.qm"))
    return target


def _venv(folder: Path) -> Path:
    """A fresh virtual environment whose dependencies come from this checkout's environment."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    ours = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    Path(purelib, "borrowed-dependencies.pth").write_text("\n".join(dict.fromkeys(ours)) + "\n", encoding="utf-8")
    return python


def _pip(python: Path, *args: str, cwd: Path | None = None) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", *args],
        capture_output=True, text=True, timeout=900, cwd=cwd, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def _check(python: Path, tmp_path: Path, **env: str) -> dict:  # type: ignore[type-arg]
    import json

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache"), **env}
    result = subprocess.run(
        [str(python), "-c", CHECK], capture_output=True, text=True, timeout=120, env=environment, cwd=tmp_path,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_wheel_in_a_fresh_environment_speaks_chinese(tmp_path: Path) -> None:
    import zipfile

    sources = _copy_of_sources(tmp_path / "src")
    wheels = tmp_path / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(sources)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    wheel = next(wheels.glob("hall_kiosk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {"kiosk/translations/kiosk_zh_CN.qm", "kiosk/translations/kiosk_en.qm"} <= set(names)
    assert "kiosk/assets/icons/home.svg" in names and "kiosk/deploy/hall-kiosk.service" in names
    python = _venv(tmp_path / "venv")
    _pip(python, str(wheel))
    found = _check(python, tmp_path)
    assert found["package"].startswith(str(tmp_path / "venv"))
    assert (found["home"], found["installed"], found["missing"]) == ("首页", True, [])
    assert found["icon"].startswith(str(tmp_path / "venv")) and found["deploy"].startswith(str(tmp_path / "venv"))
    print(f"\nwheel: {wheel.name}, {len(names)} files, .qm inside; 'Home' reads {found['home']!r}")


def test_an_editable_install_compiles_the_catalogues_and_a_missing_one_is_reported(tmp_path: Path) -> None:
    sources = _copy_of_sources(tmp_path / "src")
    python = _venv(tmp_path / "venv")
    _pip(python, "-e", str(sources))
    assert (sources / "kiosk" / "translations" / "kiosk_zh_CN.qm").exists()
    found = _check(python, tmp_path)
    assert found["package"].startswith(str(sources))
    assert (found["home"], found["installed"], found["missing"]) == ("首页", True, [])
    # without the compiled file the kiosk compiles it into the user cache on first start
    for qm in (sources / "kiosk" / "translations").glob("*.qm"):
        qm.unlink()
    found = _check(python, tmp_path)
    assert (found["home"], found["missing"]) == ("首页", [])
    assert (tmp_path / "cache" / "hall-kiosk" / "translations" / "kiosk_zh_CN.qm").exists()
    # with neither the .qm nor its source: English, and it says so (logged, listed for 设备状态)
    (sources / "translations" / "kiosk_zh_CN.ts").unlink()
    found = _check(python, tmp_path, XDG_CACHE_HOME=str(tmp_path / "empty-cache"))
    assert found["home"] == "Home" and not found["installed"]
    assert found["missing"] and found["missing"][0].startswith("zh_CN: ")
    print(f"\neditable: compiled in place, then into the cache; missing catalogue reported as {found['missing'][0]!r}")
