"""The sync hub: a small ASGI service (Starlette on uvicorn) over PostgreSQL (psycopg 3).

Clinic PCs push their own changes and pull everyone else's (see docs/sync-wire.md). The hub
process keeps no state of its own: sites, hashed tokens, the change log, quarantine, batch
idempotency and refusals all live in PostgreSQL, so any number of hub processes can serve one
database.

- ``store``: the SQL (schema, enrolment, tokens, push, pull, status, bundle import);
- ``app``: the HTTP API (``make_app(dsn)``);
- ``commands``: plain functions behind ``clinic-app hub ...``;
- ``bundles``: reading and writing sneakernet bundle files.
"""

SCHEMA_VERSION = 2  # 2: sites.prefix
DEFAULT_PORT = 8750
