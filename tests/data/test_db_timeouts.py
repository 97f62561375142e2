"""An outage is noticed in seconds: the kiosk's PostgreSQL connections carry short timeouts."""

from __future__ import annotations

import socket
import time

import pytest
from sqlalchemy import text

from kiosk.data.db import CONNECT_TIMEOUT_SECONDS, open_database, postgres_engine_options
from kiosk.errors import UserError


@pytest.mark.postgres
def test_every_session_has_short_server_side_timeouts(postgres) -> None:
    database = open_database(postgres.create_database())
    with database.engine.connect() as connection:
        shown = {
            name: connection.execute(text(f"SHOW {name}")).scalar_one()
            for name in (
                "statement_timeout",
                "lock_timeout",
                "idle_in_transaction_session_timeout",
                "tcp_keepalives_idle",
            )
        }
    database.dispose()
    assert shown == {
        "statement_timeout": "30s",
        "lock_timeout": "10s",
        "idle_in_transaction_session_timeout": "30s",
        "tcp_keepalives_idle": "10",
    }


def test_a_server_that_accepts_but_never_answers_is_given_up_on_within_the_connect_timeout() -> None:
    """A frozen server (or a half-open line): the TCP handshake succeeds, nothing else ever comes."""
    frozen = socket.socket()
    frozen.bind(("127.0.0.1", 0))
    frozen.listen(8)  # the kernel completes handshakes; nobody ever reads or answers
    port = frozen.getsockname()[1]
    started = time.monotonic()
    try:
        with pytest.raises(UserError, match="无法连接数据库"):
            open_database(f"postgresql+psycopg://kiosk@127.0.0.1:{port}/hall")
    finally:
        frozen.close()
    elapsed = time.monotonic() - started
    print(f"frozen server noticed after {elapsed:.1f} s (connect_timeout {CONNECT_TIMEOUT_SECONDS} s)")
    assert CONNECT_TIMEOUT_SECONDS - 1 <= elapsed < 3 * CONNECT_TIMEOUT_SECONDS


def test_a_url_keeps_the_values_it_names() -> None:
    options = postgres_engine_options("postgresql+psycopg://k@h/d?connect_timeout=20&sslmode=verify-full")
    assert "connect_timeout" not in options["connect_args"]  # the URL's 20 s is what libpq uses
    assert options["connect_args"]["tcp_user_timeout"] == 10_000 and options["pool_pre_ping"]
