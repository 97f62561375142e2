"""The command line on a village station whose shared PostgreSQL does not answer.

``kiosk screenshot`` and ``kiosk notice`` fall back to this machine's snapshot and outbox (saying
so on stderr); ``kiosk outbox`` lists what waits and ``--deliver`` sends it once the server is
back. The server is really stopped; the commands run as real processes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.repository import ContentRepository
from kiosk.data.store import save_bundle
from kiosk.services.notice_archive import NoticeService
from tests import factories

pytestmark = pytest.mark.postgres
SHOTS = Path(__file__).resolve().parent.parent / "screenshots" / "offline"


@pytest.fixture
def station(pausable_postgres, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A hall on the pausable server, and this machine's local store as a kiosk left it: the snapshot
    read, one reserved serial number."""
    url = pausable_postgres.create_database()
    database = open_database(url)
    with database.session() as session:
        save_bundle(session, factories.notice_bundle(), action="test", actor="test")
        session.commit()
    folder = tmp_path / "local"
    local = LocalStore.for_database(url, folder)
    content = ContentRepository(database, local)
    content.prefetch()
    NoticeService(database, local=local, content=content).keep_serial_block(size=1)
    local.close()
    env = {**os.environ, "KIOSK_LOCAL_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    yield url, env, database
    database.dispose()


def kiosk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )


def pdf_text(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_screenshot_notice_and_outbox_work_from_this_machine_while_the_server_is_down(
    pausable_postgres, station, tmp_path: Path
) -> None:
    url, env, database = station
    staff = ["--db", url, "notice", "--matter", "M001", "--received", "1", "--staff", "S01", "--phone", "13812345678"]
    with pausable_postgres.paused():
        shot = kiosk(env, "screenshot", "--db", url, "--screen", "notices", "--out", str(SHOTS / "cli-notices.png"))
        assert shot.returncode == 0, shot.stderr
        assert "改用本机离线副本" in shot.stderr and (SHOTS / "cli-notices.png").stat().st_size > 10_000

        checklist = kiosk(env, "--db", url, "notice", "--matter", "M001", "--out", str(tmp_path / "list.pdf"))
        assert checklist.returncode == 0, checklist.stderr
        assert "城乡居民基本养老保险参保登记" in pdf_text(tmp_path / "list.pdf")

        numbered = kiosk(env, *staff, "--out", str(tmp_path / "a.pdf"))
        assert numbered.returncode == 0, numbered.stderr
        assert "已存入本机待送队列" in numbered.stderr
        assert f"编号：测试镇告〔{dt.date.today().year}〕0001号" in pdf_text(tmp_path / "a.pdf")  # the reserved number
        provisional = kiosk(env, *staff, "--out", str(tmp_path / "b.pdf"))  # the one reserved number is used
        assert provisional.returncode == 0, provisional.stderr
        assert "编号：临时编号临" in pdf_text(tmp_path / "b.pdf") and "（待联网后补号）" in pdf_text(tmp_path / "b.pdf")

        listing = kiosk(env, "--db", url, "outbox", "--json")
        assert listing.returncode == 0, listing.stderr
        waiting = json.loads(listing.stdout)
        assert waiting["pending"] == 2 and [i["kind"] for i in waiting["items"]] == ["notice", "notice"]
        assert "13812345678" not in listing.stdout and "138****5678" in listing.stdout
        assert {"kind", "uid", "created", "summary"} <= waiting["items"][0].keys()
        provisional_id = waiting["items"][1]["provisional_id"]

        refused = kiosk(env, "--db", url, "outbox", "--deliver")
        assert refused.returncode == 2 and "2 项仍在本机等待" in refused.stderr

    delivered = kiosk(env, "--db", url, "outbox", "--deliver", "--json")
    assert delivered.returncode == 0, delivered.stderr
    report = json.loads(delivered.stdout)
    assert (report["delivered"], report["pending"]) == (2, 0)
    [numbering] = report["numbered"]
    assert numbering["provisional_id"] == provisional_id
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.IssuedNotice)) == 2
    again = kiosk(env, "--db", url, "outbox", "--deliver")  # nothing left: nothing sent twice
    assert again.returncode == 0 and "已送出 0 项,仍待送出 0 项" in again.stdout
    reprint = kiosk(env, "--db", url, "notice", "--reprint", provisional_id, "--out", str(tmp_path / "c.pdf"))
    assert reprint.returncode == 0, reprint.stderr
    assert "".join(numbering["serial"].split()) in pdf_text(tmp_path / "c.pdf")


def test_without_a_snapshot_the_command_line_says_so(pausable_postgres, tmp_path: Path) -> None:
    url = pausable_postgres.create_database()
    env = {**os.environ, "KIOSK_LOCAL_DIR": str(tmp_path / "none"), "QT_QPA_PLATFORM": "offscreen"}
    with pausable_postgres.paused():
        shot = kiosk(env, "screenshot", "--db", url, "--screen", "home", "--out", str(tmp_path / "x.png"))
        listing = kiosk(env, "--db", url, "outbox")
    assert shot.returncode == 2 and "本机也没有这个数据库的离线副本" in shot.stderr
    assert shot.stderr.count("\n") == 1 and not (tmp_path / "x.png").exists()
    assert listing.returncode == 0 and "待送出 0 项" in listing.stdout
