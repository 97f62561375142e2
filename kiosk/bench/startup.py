"""Process start → first painted home frame, for the real kiosk and for the reference window.

Both are started the same way (this interpreter, the same environment and display, fullscreen at
1920×1080), alternately, several times; each reports the moment of its first frame through
``paint_probe`` on the system-wide monotonic clock this side started before ``Popen``. The best
run of each counts (the one the rest of a shared machine disturbed least); the medians are kept
beside them.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.bench.memory import PAINT_VARIABLE as VARIABLE
from kiosk.errors import UserError

TIMEOUT = 120.0


@dataclass(frozen=True)
class Start:
    seconds: float
    pss_mib: float
    memory: str


def child_environment(display: dict[str, str], folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_"))}
    env.update(display)
    env["KIOSK_LOCAL_DIR"] = str(folder / "local")
    # An installed kiosk starts from compiled bytecode (pip compiles it on install); a checkout
    # run with PYTHONDONTWRITEBYTECODE compiles every module's source on every start instead. The
    # bytecode goes to the throwaway folder, never into the source tree; the warm-up start makes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    for key in ("KIOSK_FONT",):  # the font the person chose applies to both
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def time_start(command: list[str], env: dict[str, str], report: Path) -> Start:
    """Start ``command`` and wait for its first-paint report; the process ends itself after it."""
    report.unlink(missing_ok=True)
    started = time.monotonic()
    process = subprocess.Popen(
        command, env={**env, VARIABLE: str(report)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise UserError(f"{' '.join(command[-3:])} 在 {TIMEOUT:.0f} 秒内没有画出首屏") from None
    if not report.exists():
        tail = err.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise UserError(f"{' '.join(command[-3:])} 没有画出首屏(退出状态 {process.returncode}): {' | '.join(tail)}")
    data = json.loads(report.read_text(encoding="utf-8"))
    return Start(float(data["painted"]) - started, float(data["pss_mib"]), str(data["memory"]))


def kiosk_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "--db", str(db)]


REFERENCE_COMMAND = [sys.executable, "-m", "kiosk.bench.reference"]


def first_paint(db: Path, display: dict[str, str], folder: Path, rounds: int = 5) -> dict[str, float | str]:
    """The kiosk's and the reference's first paint (best of ``rounds``), their ratio and memory."""
    env = child_environment(display, folder)
    report = folder / "first-paint.json"
    kiosk: list[Start] = []
    reference: list[Start] = []
    time_start(REFERENCE_COMMAND, env, report)  # warm the file cache for both before timing
    time_start(kiosk_command(db), env, report)
    for i in range(rounds):
        pair = [(reference, REFERENCE_COMMAND), (kiosk, kiosk_command(db))]
        for results, command in pair if i % 2 == 0 else reversed(pair):
            results.append(time_start(command, env, report))
    best = min(s.seconds for s in kiosk)
    best_ref = min(s.seconds for s in reference)
    return {
        "first_paint_s": round(best, 4),
        "first_paint_ref_s": round(best_ref, 4),
        "first_paint_ratio": round(best / best_ref, 3),
        "first_paint_median_s": round(statistics.median(s.seconds for s in kiosk), 4),
        "first_paint_ref_median_s": round(statistics.median(s.seconds for s in reference), 4),
        "pss_home_mb": round(min(s.pss_mib for s in kiosk), 1),
        "pss_ref_mb": round(min(s.pss_mib for s in reference), 1),
        "memory_source": kiosk[0].memory,
    }
