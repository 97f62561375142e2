"""Durability: kill -9 an admin publish and a 1,000-matter import at random moments.

Every time: ``PRAGMA integrity_check`` is ok; the content (hash of a full export) is exactly the
old or exactly the new one; an audit row exists exactly when the change does. The normal suite
kills each 5 times; ``make soak`` 50 times. Each prints how many kills left the old and the new.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.store import load_bundle, save_bundle

PUBLISH = """
import sys, time
from kiosk.data.db import open_database
from kiosk.data.editing import publish
from kiosk.data.store import load_matters
db = open_database(sys.argv[1], upgrade=False)
import pypinyin
pypinyin.lazy_pinyin("预热")  # loaded before "go": the kills aim at the publish itself, not at imports
with db.session() as s:
    doc = load_matters(s, [sys.argv[2]])[0].model_copy(update={"name": sys.argv[3]})
    print("go", flush=True)
    publish(s, "matter", doc, "admin")
    s.commit()
print("done", flush=True)
time.sleep(60)
"""
IMPORT = """
import sys, time
from kiosk.data.db import open_database
from kiosk.data.exchange import import_file
from pathlib import Path
import pypinyin
pypinyin.lazy_pinyin("预热")
db = open_database(sys.argv[1], upgrade=False)
print("go", flush=True)
import_file(db, Path(sys.argv[2]), actor="admin")
print("done", flush=True)
time.sleep(60)
"""


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _state(path: Path, audit_action: str) -> tuple[str, str, int]:
    """(integrity_check, hash of the full export, number of audit rows with ``audit_action``)."""
    with sqlite3.connect(path) as raw:
        integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
    db = open_database(_url(path), upgrade=False)
    try:
        with db.session() as session:
            digest = hashlib.sha256(load_bundle(session).model_dump_json().encode()).hexdigest()
            audits = session.scalar(
                select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.action == audit_action)
            )
    finally:
        db.dispose()
    return integrity, digest, int(audits or 0)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy, WAL included (sqlite's backup API), replacing ``target`` and its WAL."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _run_and_kill(script: str, args: list[str], delay: float) -> bool:
    """Start ``script``, wait for its "go", kill -9 it ``delay`` s later; True when it said "done" first."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    try:
        line = child.stdout.readline()
        assert line.strip() == b"go", child.stderr.read().decode()[-2000:]
        time.sleep(delay)
        child.kill()
        child.wait(30)
        return b"done" in child.stdout.read()
    finally:
        child.stdout.close()
        child.stderr.close()


def _timed(script: str, args: list[str]) -> float:
    """How long the work takes from "go" to "done" (to aim the kills inside it)."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    try:
        assert child.stdout.readline().strip() == b"go", child.stderr.read().decode()[-2000:]
        started = time.monotonic()
        assert child.stdout.readline().strip() == b"done", child.stderr.read().decode()[-2000:]
        return time.monotonic() - started
    finally:
        child.kill()
        child.wait(30)
        child.stdout.close()
        child.stderr.close()


@pytest.fixture
def demo_file(tmp_path: Path, demo_bundle_doc) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "pristine.sqlite3"
    db = open_database(_url(path))
    with db.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    db.dispose()
    return path


def _publish_kills(tmp_path: Path, pristine: Path, kills: int) -> None:
    live = tmp_path / "live.sqlite3"
    _copy(pristine, live)
    db = open_database(_url(live), upgrade=False)
    with db.session() as session:
        code = session.scalar(select(m.ServiceMatter.code).order_by(m.ServiceMatter.id).limit(1))
    db.dispose()
    probe = tmp_path / "probe.sqlite3"
    _copy(live, probe)
    duration = _timed(PUBLISH, [_url(probe), str(code), "计时用的名字"])
    outcomes = {"old": 0, "new": 0}
    for attempt in range(kills):
        name = f"高龄津贴申领(第{attempt}次修改)"
        integrity, old_hash, old_audits = _state(live, "publish")
        expected = tmp_path / "expected.sqlite3"
        _copy(live, expected)
        subprocess.run([sys.executable, "-c", PUBLISH.replace("time.sleep(60)", ""), _url(expected), str(code), name],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
        _, new_hash, new_audits = _state(expected, "publish")
        assert new_hash != old_hash and new_audits == old_audits + 1
        _run_and_kill(PUBLISH, [_url(live), str(code), name], random.uniform(0, duration * 1.3))
        integrity, digest, audits = _state(live, "publish")
        assert integrity == "ok"
        assert digest in (old_hash, new_hash), f"kill {attempt}: the content is neither the old nor the new"
        outcome = "new" if digest == new_hash else "old"
        assert audits == (new_audits if outcome == "new" else old_audits), f"kill {attempt}: audit row without change"
        outcomes[outcome] += 1
    print(f"\nkill -9 during publish ({duration * 1000:.0f} ms each), {kills} times: integrity ok every time; "
          f"{outcomes['old']} left the old content, {outcomes['new']} the new, audit rows matching")  # fmt: skip


def _thousand_matters(bundle, target: Path) -> Path:  # type: ignore[no-untyped-def]
    from kiosk.data.schema import BundleDoc

    template = bundle.matters[0]
    matters = [
        template.model_copy(update={"code": f"{template.code}-{n:04d}", "name": f"{template.name}{n}"})
        for n in range(1000)
    ]
    target.write_text(BundleDoc(matters=matters).model_dump_json(), encoding="utf-8")
    return target


def _import_kills(tmp_path: Path, pristine: Path, bundle, kills: int) -> None:  # type: ignore[no-untyped-def]
    source = _thousand_matters(bundle, tmp_path / "thousand.json")
    expected = tmp_path / "expected.sqlite3"
    _copy(pristine, expected)
    duration = _timed(IMPORT, [_url(expected), str(source)])
    _, old_hash, old_audits = _state(pristine, "import")
    _, new_hash, new_audits = _state(expected, "import")
    assert new_hash != old_hash and new_audits == old_audits + 1
    live = tmp_path / "live.sqlite3"
    outcomes = {"old": 0, "new": 0}
    for attempt in range(kills):
        _copy(pristine, live)
        _run_and_kill(IMPORT, [_url(live), str(source)], random.uniform(0, duration * 1.2))
        integrity, digest, audits = _state(live, "import")
        assert integrity == "ok"
        assert digest in (old_hash, new_hash), f"kill {attempt}: a half import"
        outcome = "new" if digest == new_hash else "old"
        assert audits == (new_audits if outcome == "new" else old_audits)
        outcomes[outcome] += 1
    print(f"\nkill -9 during a 1,000-matter import ({duration:.1f} s each), {kills} times: integrity ok every time; "
          f"{outcomes['old']} left the old content, {outcomes['new']} the new, audit rows matching")  # fmt: skip


def test_kill_9_during_publish_5_times(tmp_path: Path, demo_file: Path) -> None:
    _publish_kills(tmp_path, demo_file, 5)


def test_kill_9_during_import_5_times(tmp_path: Path, demo_file: Path, demo_bundle_doc) -> None:
    _import_kills(tmp_path, demo_file, demo_bundle_doc, 5)


@pytest.mark.soak
def test_kill_9_during_publish_50_times(tmp_path: Path, demo_file: Path) -> None:
    _publish_kills(tmp_path, demo_file, 50)


@pytest.mark.soak
def test_kill_9_during_import_50_times(tmp_path: Path, demo_file: Path, demo_bundle_doc) -> None:
    _import_kills(tmp_path, demo_file, demo_bundle_doc, 50)
