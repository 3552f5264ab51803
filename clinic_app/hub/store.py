"""The hub's storage: every read and write of its PostgreSQL database (psycopg 3).

The functions take an open connection in autocommit mode and manage their own transactions
(``with conn.transaction()``; inside a caller's transaction they become a savepoint, which is how
the tests hold a push open). ``Hub`` wraps a connection pool for the HTTP app.

Two rules carry the design (shared/SYNC.md):
- push is idempotent: changes go in with ``ON CONFLICT (change_id) DO NOTHING`` in one
  transaction per batch, and a batch id seen before gets the very answer it got the first time;
- pull never skips a late commit: a sequence number is taken before commit, so pull serves only
  rows whose transaction is older than every transaction still running (the snapshot's xmin),
  and ``hub_take_seqs`` (schema.sql) hands out transaction ids and sequence numbers in the same
  order, which makes what pull serves a prefix of the sequence.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from clinic_app.domain.clock import Clock, SystemClock, iso_utc
from clinic_app.domain.ids import uuid7
from clinic_app.errors import ClinicError
from clinic_app.hub import SCHEMA_VERSION

logger = logging.getLogger(__name__)

FUTURE_LIMIT_MS = 24 * 3600 * 1000  # changes stamped further ahead than this are held back
MAX_BATCH_CHANGES = 10_000
MAX_PULL_LIMIT = 5_000
DEFAULT_PULL_LIMIT = 500
PULL_BYTE_BUDGET = 256 * 1024  # uncompressed; a page then gzips to about 64 KB
MIN_PULL_BYTES = 16 * 1024  # a client may ask for pages from this size (a slow link) ...
MAX_PULL_BYTES = 8 * 2**20  # ... to this (a first sync on a good link)
CODE_TTL = timedelta(days=7)
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud over a phone
CHANGE_KEYS = ("change_id", "site_id", "table", "row_id", "op", "hlc", "fields", "base")
BATCH_KEYS = ("batch_id", "site_id", "schema", "changes")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_PREFIX = re.compile(r"[A-Z]{2,5}")
_LETTERS = "BCDEFGHIJKLMNOPQRSTUVWXYZ"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
_HLC = re.compile(r"(\d{13})-(\d{6})-([^\x00]{1,64})")
_INT64 = 2**63


class HubError(ClinicError):
    """A request the hub refuses; ``status`` is the HTTP status it answers with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class Refused(HubError):
    """No valid credential (token or enrolment code): 401, and logged as a refusal."""

    def __init__(self, message: str, reason: str, site_id: str | None = None) -> None:
        super().__init__(message, 401)
        self.reason = reason
        self.site_id = site_id


@dataclass(frozen=True)
class Batch:
    batch_id: str
    site_id: str
    schema: int
    changes: list[dict[str, Any]]
    #: answer with the count and digest of the accepted ids instead of listing them (the
    #: clinic's client asks for it: ~16 bytes a change less on a metered link)
    digest_answer: bool = False


@dataclass(frozen=True)
class PushResult:
    answer_json: str  # the exact answer, stored for retries
    replayed: bool
    inserted: int
    quarantined: int

    @property
    def answer(self) -> dict[str, Any]:
        return dict(json.loads(self.answer_json))


def compact_json(value: Any) -> str:
    """JSON as the hub sends it: no spaces, UTF-8 left as it is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# --- the wire format -----------------------------------------------------------------------

def _check_scalar(value: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(value, float):
        if not math.isfinite(value):  # Python's json reads NaN and Infinity
            raise HubError(f"{where} is not a finite number.", 422)
        return
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise HubError(f"{where} must be text, a whole number, a number or null.", 422)
    if isinstance(value, int) and not -_INT64 <= value < _INT64:
        raise HubError(f"{where} is larger than a 64-bit integer.", 422)
    if isinstance(value, str) and "\x00" in value:
        raise HubError(f"{where} contains a NUL character.", 422)


def parse_change(obj: Any, i: int, site_id: str) -> dict[str, Any]:
    """One change of a batch, checked against docs/sync-wire.md; raises HubError (422)."""
    where = f"change {i}"
    if not isinstance(obj, dict):
        raise HubError(f"{where} is not a JSON object.", 422)
    missing = [k for k in CHANGE_KEYS if k not in obj]
    extra = sorted(set(obj) - set(CHANGE_KEYS))
    if missing or extra:
        what = f"lacks {', '.join(missing)}" if missing else f"has unknown keys {', '.join(extra)}"
        raise HubError(f"{where} {what} (see docs/sync-wire.md).", 422)
    for key in ("change_id", "site_id", "row_id"):
        if not isinstance(obj[key], str) or not _ID.fullmatch(obj[key]):
            raise HubError(f"{where}: '{key}' is not an id.", 422)
    where = f"change {i} ({obj['change_id']})"
    if obj["site_id"] != site_id:
        raise HubError(f"{where} was made by site {obj['site_id']}, not by the pushing site "
                       f"{site_id}: a site pushes only its own changes.", 422)
    if not isinstance(obj["table"], str) or not _NAME.fullmatch(obj["table"]):
        raise HubError(f"{where}: 'table' is not a table name.", 422)
    if obj["op"] not in ("upsert", "delete"):
        raise HubError(f"{where}: 'op' must be 'upsert' or 'delete'.", 422)
    if not isinstance(obj["hlc"], str) or not _HLC.fullmatch(obj["hlc"]):
        raise HubError(f"{where}: 'hlc' is not a stamp like 0001764912345678-000001-SITE.", 422)
    for key in ("fields", "base"):
        if not isinstance(obj[key], dict):
            raise HubError(f"{where}: '{key}' must be a JSON object.", 422)
        for name, value in obj[key].items():
            if not _NAME.fullmatch(name):
                raise HubError(f"{where}: '{key}' has a bad column name {name!r}.", 422)
            if key == "fields":
                _check_scalar(value, f"{where}: field '{name}'")
            elif value is not None and (not isinstance(value, str) or not _HLC.fullmatch(value)):
                raise HubError(f"{where}: base of '{name}' must be a stamp or null.", 422)
    return obj


def parse_batch(obj: Any) -> Batch:
    """A push body or bundle payload: ``{"batch_id", "site_id", "schema", "changes"}``."""
    if not isinstance(obj, dict):
        raise HubError("The body must be a JSON object (see docs/sync-wire.md).", 422)
    missing = [k for k in BATCH_KEYS if k not in obj]
    extra = sorted(set(obj) - set(BATCH_KEYS) - {"answer"})
    if missing or extra:
        what = f"lacks {', '.join(missing)}" if missing else f"has unknown keys {', '.join(extra)}"
        raise HubError(f"The batch {what} (see docs/sync-wire.md).", 422)
    for key in ("batch_id", "site_id"):
        if not isinstance(obj[key], str) or not _ID.fullmatch(obj[key]):
            raise HubError(f"The batch's '{key}' is not an id.", 422)
    schema = obj["schema"]
    if isinstance(schema, bool) or not isinstance(schema, int) or not 0 <= schema < 2**31:
        raise HubError("The batch's 'schema' must be a whole number.", 422)
    changes = obj["changes"]
    if not isinstance(changes, list):
        raise HubError("The batch's 'changes' must be a list.", 422)
    if len(changes) > MAX_BATCH_CHANGES:
        raise HubError(f"A batch holds at most {MAX_BATCH_CHANGES:,} changes; send smaller "
                       "batches.", 413)
    seen: set[str] = set()
    out = []
    for i, change in enumerate(changes):
        c = parse_change(change, i, obj["site_id"])
        if c["change_id"] not in seen:  # a change twice in one batch counts once
            seen.add(c["change_id"])
            out.append(c)
    answer = obj.get("answer", "ids")
    if answer not in ("ids", "digest"):
        raise HubError("The batch's 'answer' must be \"ids\" or \"digest\".", 422)
    return Batch(obj["batch_id"], obj["site_id"], schema, out, answer == "digest")


def hlc_ms(hlc: str) -> int:
    return int(hlc[:13])


# --- schema --------------------------------------------------------------------------------

def schema_sql() -> str:
    return resources.files("clinic_app.hub").joinpath("schema.sql").read_text("utf-8")


def init_schema(conn: psycopg.Connection[Any]) -> int:
    """Create the hub's tables (again harmlessly); returns the schema version."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(87500002)")
        found = conn.execute("SELECT to_regclass('hub_meta') IS NOT NULL").fetchone()
        if found and found[0]:
            row = conn.execute("SELECT value FROM hub_meta WHERE key = 'schema_version'"
                               ).fetchone()
            if row and int(row[0]) > SCHEMA_VERSION:
                raise HubError(f"This hub database has schema {row[0]}, newer than this app "
                               f"({SCHEMA_VERSION}): upgrade the app.", 503)
        conn.execute(schema_sql())
        conn.execute("INSERT INTO hub_meta (key, value) VALUES ('schema_version', %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                     (str(SCHEMA_VERSION),))
    return SCHEMA_VERSION


def schema_version(conn: psycopg.Connection[Any]) -> int:
    """The schema version, or HubError (503) when ``hub init`` has not been run."""
    row = conn.execute("SELECT to_regclass('hub_meta') IS NOT NULL").fetchone()
    if not row or not row[0]:
        raise HubError("The hub database has no tables yet: run 'clinic-app hub init'.", 503)
    found = conn.execute("SELECT value FROM hub_meta WHERE key = 'schema_version'").fetchone()
    version = int(found[0]) if found else 0
    if version != SCHEMA_VERSION:
        raise HubError(f"The hub database has schema {version}, this app needs "
                       f"{SCHEMA_VERSION}: run 'clinic-app hub init'.", 503)
    return version


# --- enrolment and tokens ------------------------------------------------------------------

def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_enrolment_code(conn: psycopg.Connection[Any], site_name: str,
                       ttl: timedelta = CODE_TTL) -> str:
    """A one-time code (16 characters, about 80 bits) that enrols one PC as ``site_name``."""
    name = " ".join(site_name.split())
    if not name or len(name) > 200:
        raise HubError("Give the site a name of 1 to 200 characters.")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    with conn.transaction():
        conn.execute("INSERT INTO enrolment_codes (code_sha256, site_name, expires_at) "
                     "VALUES (%s, %s, now() + %s)", (sha256_hex(raw), name, ttl))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def _free_prefix(conn: psycopg.Connection[Any], wanted: str, site: str) -> str | None:
    """``wanted`` when no other live site uses it, else the first free variant (KIB, KIBB,
    KIBC, ... then KIBBA, ...; at most 5 letters); None when every variant is taken."""
    taken = {r[0] for r in conn.execute(
        "SELECT prefix FROM sites WHERE prefix IS NOT NULL AND revoked_at IS NULL "
        "AND site_id <> %s", (site,))}
    stem = wanted[:3]
    candidates = [wanted] + [stem + a for a in _LETTERS] + \
        [stem + a + b for a in _LETTERS for b in _LETTERS]
    return next((c for c in candidates if c not in taken), None)


def redeem_code(conn: psycopg.Connection[Any], code: str, site_id: str | None = None, *,
                prefix: str | None = None, fixed_prefix: bool = False) -> dict[str, str]:
    """Enrol a PC: the code works once. Returns ``{"site_id", "site_name", "token",
    "prefix"}``.

    A clinic sends the site id its database already carries (its stamps use it); without one
    the hub makes one. Enrolling a known site again (a reinstalled PC) revokes its old tokens.

    Clinic numbers: every live site issues them with a prefix no other site uses, so two PCs
    working offline at the same time never hand out the same number. A PC that has issued
    numbers already (``fixed_prefix``) keeps its prefix or is refused (nothing used up);
    a new PC is given the first free variant of the prefix it asks for.
    """
    if site_id is not None and not _ID.fullmatch(site_id):
        raise HubError("'site_id' is not an id.", 422)
    if prefix is not None and not _PREFIX.fullmatch(prefix):
        raise HubError("'prefix' must be 2 to 5 capital letters.", 422)
    token = "cct1_" + secrets.token_urlsafe(32)
    with conn.transaction():
        row = conn.execute(
            "UPDATE enrolment_codes SET used_at = now() WHERE code_sha256 = %s "
            "AND used_at IS NULL AND expires_at > now() RETURNING site_name",
            (sha256_hex(normalise_code(code)),)).fetchone()
        if row is None:
            raise Refused("This enrolment code is wrong, used already or expired: ask the hub's "
                          "administrator for a new one.", "bad enrolment code")
        name = row[0]
        site = site_id or uuid7(_now_ms(SystemClock()))
        conn.execute("LOCK TABLE sites IN SHARE ROW EXCLUSIVE MODE")  # one prefix choice at once
        given = None
        if prefix is not None:
            given = _free_prefix(conn, prefix, site)
            if given is None or (fixed_prefix and given != prefix):
                raise HubError(
                    f"Another PC enrolled at this hub already issues clinic numbers "
                    f"{prefix}-…, and this PC has issued some too. Give this PC another prefix "
                    "(Settings → Clinic numbers start with), then enrol again with a new code. "
                    "Nothing was changed.", 409)
        conn.execute(
            "INSERT INTO sites (site_id, name, enrolled_at, prefix) VALUES (%s, %s, now(), %s) "
            "ON CONFLICT (site_id) DO UPDATE SET name = EXCLUDED.name, enrolled_at = now(), "
            "revoked_at = NULL, prefix = coalesce(EXCLUDED.prefix, sites.prefix)",
            (site, name, given))
        conn.execute("UPDATE tokens SET revoked_at = now() WHERE site_id = %s "
                     "AND revoked_at IS NULL", (site,))
        conn.execute("INSERT INTO tokens (token_sha256, site_id) VALUES (%s, %s)",
                     (sha256_hex(token), site))
        conn.execute("UPDATE enrolment_codes SET site_id = %s WHERE code_sha256 = %s",
                     (site, sha256_hex(normalise_code(code))))
    logger.info("site %s (%s) enrolled, clinic numbers %s", site, name, given)
    answer = {"site_id": site, "site_name": name, "token": token}
    return answer | ({"prefix": given} if given else {})


def check_token(conn: psycopg.Connection[Any], token: str | None) -> str:
    """The site id a bearer token belongs to; Refused when it is missing, wrong or revoked."""
    if not token:
        raise Refused("This request needs the site's token (Authorization: Bearer ...).",
                      "no token")
    row = conn.execute(
        "SELECT t.site_id, t.revoked_at IS NOT NULL OR s.revoked_at IS NOT NULL "
        "FROM tokens t JOIN sites s USING (site_id) WHERE t.token_sha256 = %s",
        (sha256_hex(token),)).fetchone()
    if row is None:
        raise Refused("The token is not known to this hub: enrol this PC again.", "wrong token")
    if row[1]:
        raise Refused("This site's token was revoked: ask the hub's administrator.",
                      "revoked token", row[0])
    return str(row[0])


def revoke_site(conn: psycopg.Connection[Any], site_id: str) -> int:
    """Revoke every token of a site; returns how many were live."""
    with conn.transaction():
        found = conn.execute("UPDATE sites SET revoked_at = now() WHERE site_id = %s "
                             "RETURNING site_id", (site_id,)).fetchone()
        if found is None:
            raise HubError(f"No site {site_id} is enrolled at this hub.", 404)
        cur = conn.execute("UPDATE tokens SET revoked_at = now() WHERE site_id = %s "
                           "AND revoked_at IS NULL", (site_id,))
        return cur.rowcount


def log_refusal(conn: psycopg.Connection[Any], *, reason: str, remote: str | None,
                method: str | None, path: str | None, site_id: str | None = None,
                token: str | None = None) -> None:
    """Record a refused request (the token only as the start of its hash)."""
    hint = sha256_hex(token)[:12] if token else None
    conn.execute("INSERT INTO refusals (remote, method, path, reason, site_id, token_hint) "
                 "VALUES (%s, %s, %s, %s, %s, %s)",
                 (remote, method, path, reason, site_id, hint))
    logger.warning("refused %s %s from %s: %s%s", method, path, remote, reason,
                   f" (site {site_id})" if site_id else "")


def ensure_site(conn: psycopg.Connection[Any], site_id: str, name: str) -> None:
    """Register a site that reaches the hub only by bundles; refuse a revoked one."""
    conn.execute("INSERT INTO sites (site_id, name) VALUES (%s, %s) "
                 "ON CONFLICT (site_id) DO NOTHING", (site_id, name))
    row = conn.execute("SELECT revoked_at FROM sites WHERE site_id = %s", (site_id,)).fetchone()
    if row and row[0] is not None:
        raise HubError(f"Site {site_id} is revoked at this hub: its bundle is refused.", 403)


# --- push ----------------------------------------------------------------------------------

def _now_ms(clock: Clock) -> int:
    return int(clock.now().timestamp() * 1000)


# A batch travels to the server as one JSON parameter (much faster than one array per
# column); ``= ANY(ARRAY(...))`` keeps the id look-ups on the unique index.
_INSERT = """
INSERT INTO changes (seq, change_id, site_id, table_name, row_id, op, hlc, fields, base)
SELECT r.seq, r.change_id, %s, r."table", r.row_id, r.op, r.hlc, r.fields, r.base
FROM jsonb_to_recordset(%s::jsonb) AS r(seq bigint, change_id text, "table" text, row_id text,
                                        op text, hlc text, fields jsonb, base jsonb)
ON CONFLICT (change_id) DO NOTHING
RETURNING change_id, seq
"""
_SEQS_OF = ("SELECT change_id, seq FROM changes "
            "WHERE change_id = ANY(ARRAY(SELECT jsonb_array_elements_text(%s::jsonb)))")


def push(conn: psycopg.Connection[Any], site_id: str, batch: Batch, *,
         now_ms: int) -> PushResult:
    """Store a batch in one transaction. Safe to repeat: a known batch id gets its first
    answer again, a known change id is not stored twice, and changes stamped more than 24 h
    after ``now_ms`` are quarantined instead of logged."""
    if batch.site_id != site_id:
        raise HubError(f"This token belongs to site {site_id}, the batch to {batch.site_id}.",
                       403)
    ids = [c["change_id"] for c in batch.changes]
    ids_sha = sha256_hex("\n".join(sorted(ids)))
    limit = now_ms + FUTURE_LIMIT_MS
    held = [c for c in batch.changes if hlc_ms(c["hlc"]) > limit]
    fresh = [c for c in batch.changes if hlc_ms(c["hlc"]) <= limit]
    with conn.transaction():
        # Reads first: hub_take_seqs must be the first write of the transaction.
        seen = conn.execute(
            "SELECT (SELECT row(site_id, ids_sha256, response) FROM push_batches "
            "WHERE batch_id = %s), EXISTS (SELECT 1 FROM quarantine WHERE site_id = %s "
            "AND released_at IS NULL)", (batch.batch_id, site_id)).fetchone()
        if seen[0] is not None:
            if seen[0][0] != site_id or seen[0][1] != ids_sha:
                raise HubError(f"Batch id {batch.batch_id} was used before for other changes: "
                               "give each batch a new id.", 409)
            _touch(conn, site_id, pushed=0)
            return PushResult(seen[0][2], True, 0, 0)
        seq_of: dict[str, int] = dict(conn.execute(
            _SEQS_OF, (compact_json([c["change_id"] for c in fresh]),)).fetchall()) if fresh else {}
        new = [c for c in fresh if c["change_id"] not in seq_of]
        inserted = 0
        if new:
            seqs = conn.execute("SELECT hub_take_seqs(%s)", (len(new),)).fetchone()[0]
            # Numbers follow the batch's order; rows go in by change id, so two batches that
            # share changes lock them in the same order and cannot deadlock.
            rows = sorted(({**c, "seq": s} for s, c in zip(seqs, new, strict=True)),
                          key=lambda r: r["change_id"])
            got = conn.execute(_INSERT, (site_id, compact_json(rows))).fetchall()
            inserted = len(got)
            seq_of.update(got)
            if seen[1]:  # changes quarantined before, now within 24 h of the hub's clock
                conn.execute("UPDATE quarantine SET released_at = now() WHERE site_id = %s "
                             "AND released_at IS NULL AND change_id = ANY(%s)",
                             (site_id, [c["change_id"] for c in new]))
            lost = [c["change_id"] for c in new if c["change_id"] not in seq_of]
            if lost:  # stored meanwhile by a concurrent push of the same changes
                seq_of.update(conn.execute(_SEQS_OF, (compact_json(lost),)).fetchall())
        if held:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO quarantine (change_id, site_id, batch_id, hlc, ahead_ms, "
                    "reason, change) VALUES (%s, %s, %s, %s, %s, %s, %s::jsonb) "
                    "ON CONFLICT (change_id) DO NOTHING",
                    [(c["change_id"], site_id, batch.batch_id, c["hlc"], hlc_ms(c["hlc"]) - now_ms,
                      "stamped more than 24 h ahead of the hub's clock", compact_json(c))
                     for c in sorted(held, key=lambda c: c["change_id"])])
            logger.warning("site %s: %d change(s) stamped more than 24 h ahead quarantined",
                           site_id, len(held))
        accepted: dict[str, Any] = {"accepted": ids} if not batch.digest_answer else {
            "accepted_count": len(ids), "accepted_sha256": ids_sha}
        answer = compact_json(accepted | {"conflicts": 0,
                                          "cursor": max(seq_of.values(), default=0),
                                          "quarantined": [c["change_id"] for c in held]})
        conn.execute("INSERT INTO push_batches (batch_id, site_id, ids_sha256, schema, n_changes,"
                     " response) VALUES (%s, %s, %s, %s, %s, %s) "
                     "ON CONFLICT (batch_id) DO NOTHING",
                     (batch.batch_id, site_id, ids_sha, batch.schema, len(ids), answer))
        _touch(conn, site_id, pushed=inserted)
    return PushResult(answer, False, inserted, len(held))


def _touch(conn: psycopg.Connection[Any], site_id: str, *, pushed: int | None = None,
           pulled_cursor: int | None = None) -> None:
    if pushed is not None:
        conn.execute("UPDATE sites SET last_contact = now(), last_push_at = now(), "
                     "changes_pushed = changes_pushed + %s WHERE site_id = %s",
                     (pushed, site_id))
    else:
        conn.execute("UPDATE sites SET last_contact = now(), last_pull_at = now(), "
                     "pull_cursor = %s WHERE site_id = %s", (pulled_cursor, site_id))


# --- pull ----------------------------------------------------------------------------------

_PAGE = """
WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
SELECT c.seq, c.change_id, c.site_id, c.table_name, c.row_id, c.op, c.hlc, c.fields, c.base
FROM changes c, h
WHERE c.seq > %s AND c.site_id <> %s AND c.xid < h.x
ORDER BY c.seq
LIMIT %s
"""
_HORIZON = """
SELECT max(c.seq) FROM changes c
WHERE c.seq > %s AND c.xid < pg_snapshot_xmin(pg_current_snapshot())
"""


def pull(conn: psycopg.Connection[Any], site_id: str, cursor: int,
         limit: int = DEFAULT_PULL_LIMIT, *, max_bytes: int | None = PULL_BYTE_BUDGET,
         touch: bool = True) -> dict[str, Any]:
    """Changes by other sites after ``cursor``, in hub order: ``{"changes", "cursor", "more"}``.

    Only rows whose transaction is older than every running transaction are served, so a push
    that commits later can only land after the cursor handed out here. The cursor moves past
    the site's own changes too, so an idle pull stays one index probe.
    """
    if cursor < 0 or not 1 <= limit <= MAX_PULL_LIMIT:
        raise HubError(f"cursor must be 0 or more and limit 1 to {MAX_PULL_LIMIT}.", 400)
    changes: list[dict[str, Any]] = []
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        rows = conn.execute(_PAGE, (cursor, site_id, limit + 1)).fetchall()
        more = len(rows) > limit
        size = 0
        for seq, cid, sid, table, row_id, op, hlc, fields, base in rows[:limit]:
            change = {"seq": seq, "change_id": cid, "site_id": sid, "table": table,
                      "row_id": row_id, "op": op, "hlc": hlc, "fields": fields, "base": base}
            if max_bytes is not None and changes and size >= max_bytes:
                more = True
                break
            size += len(compact_json(change))
            changes.append(change)
        if more:
            new_cursor = changes[-1]["seq"]
        else:
            top = conn.execute(_HORIZON, (cursor,)).fetchone()
            new_cursor = max(cursor, (top and top[0]) or 0)
    if touch:
        _touch(conn, site_id, pulled_cursor=cursor)
    return {"changes": changes, "cursor": new_cursor, "more": more}


# --- bundles (the district office's import: the same code path as push) ---------------------

BUNDLE_CHUNK = 1_000


def import_changes(conn: psycopg.Connection[Any], *, site_id: str, site_name: str,
                   bundle_sha256: str, schema: int, changes: Sequence[dict[str, Any]],
                   hub_cursor: int, now_ms: int) -> dict[str, Any]:
    """Apply a clinic's bundle as pushes (batch ids derived from the bundle's sha256, so a
    bundle imported twice gets the same answers) and collect everything the site has not yet
    received: ``{"accepted", "quarantined", "inserted", "changes", "cursor"}``."""
    if not _ID.fullmatch(site_id):
        raise HubError("The bundle's site_id is not an id.", 422)
    with conn.transaction():
        ensure_site(conn, site_id, site_name or site_id)
    # Every change is checked before any is stored: a bad bundle is refused whole.
    parts = [parse_batch({"batch_id": f"bundle-{bundle_sha256[:32]}-{i}", "site_id": site_id,
                          "schema": schema, "changes": part})
             for i, part in enumerate(chunks(changes, BUNDLE_CHUNK))]
    accepted: list[str] = []
    quarantined: list[str] = []
    inserted = 0
    for batch in parts:
        result = push(conn, site_id, batch, now_ms=now_ms)
        answer = result.answer
        accepted += answer["accepted"]
        quarantined += answer["quarantined"]
        inserted += result.inserted
    back: list[dict[str, Any]] = []
    cursor = hub_cursor
    while True:
        page = pull(conn, site_id, cursor, MAX_PULL_LIMIT, max_bytes=None, touch=False)
        back += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    _touch(conn, site_id, pulled_cursor=hub_cursor)
    return {"accepted": accepted, "quarantined": quarantined, "inserted": inserted,
            "changes": back, "cursor": cursor}


# --- status --------------------------------------------------------------------------------

def status(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    """One dict per site: last contact, cursor, changes pushed, pending quarantined changes."""
    with conn.transaction():
        head = conn.execute(_HORIZON, (0,)).fetchone()
        rows = conn.cursor(row_factory=dict_row).execute(
            "SELECT s.site_id, s.name, s.enrolled_at, s.revoked_at, s.last_contact, "
            "s.last_push_at, s.last_pull_at, s.pull_cursor AS cursor, s.changes_pushed, "
            "coalesce(q.n, 0) AS quarantined, q.ahead_ms AS quarantined_max_ahead_ms, "
            "(SELECT count(*) FROM tokens t WHERE t.site_id = s.site_id "
            " AND t.revoked_at IS NULL) AS live_tokens "
            "FROM sites s LEFT JOIN (SELECT site_id, count(*) AS n, max(ahead_ms) AS ahead_ms "
            "FROM quarantine WHERE released_at IS NULL GROUP BY site_id) q USING (site_id) "
            "ORDER BY s.name, s.site_id").fetchall()
    out = []
    for r in rows:
        for key in ("enrolled_at", "revoked_at", "last_contact", "last_push_at", "last_pull_at"):
            r[key] = iso_utc(r[key]) if r[key] is not None else None
        r["revoked"] = r.pop("revoked_at") is not None
        r["hub_cursor"] = (head and head[0]) or 0
        out.append(r)
    return out


# --- the pool for the HTTP app -------------------------------------------------------------

def _reset(conn: psycopg.Connection[Any]) -> None:
    conn.execute("SELECT pg_advisory_unlock_all()")


class Hub:
    """A connection pool over the hub database and the clock the hub judges stamps by."""

    def __init__(self, dsn: str, *, clock: Clock | None = None, max_size: int = 8,
                 timeout: float = 5.0) -> None:
        self.clock = clock or SystemClock()
        self.pool: ConnectionPool[psycopg.Connection[Any]] = ConnectionPool(
            dsn, min_size=1, max_size=max_size, kwargs={"autocommit": True}, open=False,
            check=ConnectionPool.check_connection, reset=_reset, timeout=timeout,
            name="clinic-hub")

    def open(self) -> None:
        self.pool.open(wait=False)

    def close(self) -> None:
        self.pool.close()

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        with self.pool.connection() as conn:
            yield conn

    def now_ms(self) -> int:
        return _now_ms(self.clock)


def chunks(items: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])
