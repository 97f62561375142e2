"""Kiosks reach the hall's server over TLS with ``sslmode=verify-full``: tested on loopback with a
self-signed CA. The server (one of this test's own) accepts TLS connections only; a kiosk that
trusts another CA, or that reaches the server under a name its certificate does not carry, refuses
to talk to it — a village line cannot be answered by an impostor."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.data.db import open_database
from kiosk.errors import UserError
from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres
SERVER_NAME = "hall-db.test"  # the name kiosks use for the server (DNS or /etc/hosts)


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_ca(folder: Path, name: str) -> None:
    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-keyout", f"{name}.key", "-out", f"{name}.crt", cwd=folder,
    )  # fmt: skip


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA, a server certificate it signed (for hall-db.test and 127.0.0.1), and an unrelated CA."""
    folder = tmp_path_factory.mktemp("tls")
    make_ca(folder, "hall-ca")
    make_ca(folder, "other-ca")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={SERVER_NAME}", "-keyout", "server.key",
            "-out", "server.csr", cwd=folder)  # fmt: skip
    (folder / "server.ext").write_text(
        f"subjectAltName=DNS:{SERVER_NAME},IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
        encoding="utf-8",
    )
    openssl("x509", "-req", "-in", "server.csr", "-CA", "hall-ca.crt", "-CAkey", "hall-ca.key", "-CAcreateserial",
            "-days", "2", "-extfile", "server.ext", "-out", "server.crt", cwd=folder)  # fmt: skip
    return folder


@pytest.fixture(scope="module")
def tls_server(certificates: Path) -> Iterator[PostgresServer]:
    """A server of its own with ssl=on whose pg_hba.conf admits TLS connections only."""
    server = PostgresServer("-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key")

    def configure(data: Path) -> None:
        for name in ("server.crt", "server.key"):
            shutil.copy(certificates / name, data / name)
            os.chmod(data / name, 0o600)  # PostgreSQL refuses a key others can read
            if server.as_user:
                shutil.chown(data / name, "nobody")
        (data / "pg_hba.conf").write_text(
            "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n",
            encoding="utf-8",
        )

    server.start(configure)
    try:
        yield server
    finally:
        server.stop()


def url(server: PostgresServer, certificates: Path, *, ca: str = "hall-ca", host: str = SERVER_NAME) -> str:
    """The URL a kiosk is given: the server's name, resolved here to loopback with ``hostaddr``."""
    return (
        f"postgresql+psycopg://kiosk@{host}:{server.port}/postgres?hostaddr=127.0.0.1"
        f"&sslmode=verify-full&sslrootcert={certificates / f'{ca}.crt'}"
    )


def test_verify_full_connects_to_the_server_its_ca_signed(tls_server, certificates) -> None:
    database = open_database(url(tls_server, certificates))
    with database.engine.connect() as connection:
        encrypted = connection.execute(text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).one()
        assert connection.execute(text("SHOW statement_timeout")).scalar() == "30s"  # the kiosk's options too
    database.dispose()
    assert encrypted[0] is True and encrypted[1].startswith("TLS")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"ca": "other-ca"}, "certificate verify failed"),
        ({"host": "impostor.test"}, 'does not match host name "impostor.test"'),
    ],
)
def test_a_server_the_kiosk_cannot_verify_is_refused(tls_server, certificates, change, reason) -> None:
    with pytest.raises(UserError) as refused:
        open_database(url(tls_server, certificates, **change))
    assert "无法连接数据库" in refused.value.message and reason in refused.value.message


def test_the_server_refuses_connections_without_tls(tls_server) -> None:
    with pytest.raises(UserError) as refused:
        open_database(f"postgresql+psycopg://kiosk@127.0.0.1:{tls_server.port}/postgres?sslmode=disable")
    assert "no encryption" in refused.value.message
