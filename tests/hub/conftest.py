"""Fixtures for the hub: a real PostgreSQL for the session, a fresh database per test, the hub
served over real HTTP on loopback.

The server is started from Debian's packages in a temporary folder (see pgtemp.py); when
PostgreSQL is not installed or will not start, every hub test is skipped with the reason, unless
CLINIC_HUB_REQUIRE_PG=1, which turns that into a failure (for CI).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest
from hubkit import serving
from pgtemp import PostgresUnavailable, TempPostgres

from clinic_app.hub import store
from clinic_app.hub.app import make_app
from tests.hub.clinics import file_keyring, make_online  # noqa: F401 - fixtures for clinic PCs

TEMPLATE = "hub_template"


@pytest.fixture(scope="session")
def pg() -> Iterator[TempPostgres]:
    """One PostgreSQL server for the whole session, with a template database holding the
    hub's schema; stopped and removed at the end."""
    server: TempPostgres | None = None
    try:
        server = TempPostgres({"fsync": "off", "max_connections": "200"})
        server.start()
        with psycopg.connect(server.dsn(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {TEMPLATE}")
        with psycopg.connect(server.dsn(TEMPLATE), autocommit=True) as conn:
            store.init_schema(conn)
    except (PostgresUnavailable, psycopg.Error, OSError) as exc:
        if server is not None:
            server.cleanup()
        reason = f"PostgreSQL cannot be started for the hub tests: {exc}"
        if os.environ.get("CLINIC_HUB_REQUIRE_PG") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    yield server
    server.cleanup()


@pytest.fixture
def new_db(pg: TempPostgres) -> Iterator[Callable[..., str]]:
    """Make a fresh database (a copy of the schema template, or blank); dropped after the
    test. Returns its DSN."""
    made: list[str] = []

    def make(*, schema: bool = True) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        template = TEMPLATE if schema else "template0"
        with psycopg.connect(pg.dsn(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        made.append(name)
        return pg.dsn(name)

    yield make
    try:
        with psycopg.connect(pg.dsn(), autocommit=True, connect_timeout=5) as conn:
            for name in made:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    except psycopg.OperationalError:
        pass  # the server is down: its folder goes at the end of the session


@pytest.fixture
def dsn(new_db: Callable[..., str]) -> str:
    """A fresh hub database with the schema."""
    return new_db()


@pytest.fixture
def hub_url(dsn: str) -> Iterator[str]:
    """The hub over ``dsn``, on uvicorn in a thread on a free loopback port."""
    with serving(make_app(dsn)) as url:
        yield url
