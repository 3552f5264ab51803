"""One sync cycle with the hub: push what this PC made, then pull what the others made.

Resumable at every step (shared/SYNC.md):
- push: changes go in outbox order, in batches of about 64 KB compressed (growing up to 1 MB
  while the hub answers within a second: a first sync on a good link); a change is marked
  acknowledged only when the hub's answer covers it (the digest of the batch's ids), in one
  SQLite transaction for the whole answer. A cut connection is retried (same batch id, so
  the hub answers as before and stores nothing twice); a 413 or a timeout halves the batch;
- pull: each page is applied and the new cursor stored in one SQLite transaction, so a PC
  switched off between the two applies nothing twice and skips nothing; the cursor is the hub's
  own sequence number, never a clock. Pages start at about 64 KB gzip and grow while they come
  quickly; the next page is fetched while one is applied.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from clinic_app.domain.ids import uuid7
from clinic_app.sync.changes import mark_acked, pending_texts
from clinic_app.sync.client import HubClient, HubUnreachable, TooBig, backoff, pack

if TYPE_CHECKING:
    from clinic_app.sync.service import SyncService

logger = logging.getLogger(__name__)

BATCH_BYTES = 64 * 1024  # compressed: where a push starts
MAX_BATCH_BYTES = 1024 * 1024  # what it may grow to while the hub answers quickly
FIRST_BATCH = 512  # changes; grows while batches stay small, halves when one is too big
MAX_BATCH = 8192
PULL_LIMIT = 5000  # changes a page at most (the hub's maximum)
PAGE_BYTES = 256 * 1024  # JSON a page at first (~64 KB gzip) ...
MAX_PAGE_BYTES = 4 * 2**20  # ... growing to this while pages come quickly (a first sync)
MIN_PAGE_BYTES = 16 * 1024
QUICK_S = 1.0  # a batch or page answered faster than this lets the next one be twice as big
RETRIES = 3
CLOCK_LIMIT_MS = 24 * 3600 * 1000


@dataclass
class CycleReport:
    """What one cycle did. ``error`` is set when it stopped early; what it did until then is
    kept (every acknowledged batch and applied page)."""

    sent: int = 0  # changes the hub confirmed
    received: int = 0  # changes pulled from other sites
    applied: int = 0  # of which changed something here
    conflicts: int = 0  # review conflicts opened by this cycle
    held: int = 0  # of this PC's changes, held back by the hub (clock too far ahead)
    batches: int = 0
    pages: int = 0
    retries: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    requests: int = 0
    cursor: int = 0
    pending: int = 0  # still waiting to go after the cycle
    clock_offset_ms: int | None = None  # this PC's clock minus the hub's
    error: str | None = None
    waiting: int = 0  # received rows waiting for their parent rows
    ahead_sites: list[str] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return self.bytes_sent + self.bytes_received

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"bytes": self.bytes}


def run_cycle(service: SyncService, hub: HubClient, *, batch_bytes: int = BATCH_BYTES,
              pull_limit: int = PULL_LIMIT, retries: int = RETRIES,
              sleep: Callable[[int], None] = backoff) -> CycleReport:
    """Push then pull until both are done; a failure that retries cannot fix is raised after
    ``report.error`` is set (the caller keeps the report to show what was done)."""
    report = CycleReport()
    try:
        _push(service, hub, report, batch_bytes, retries, sleep)
        _pull(service, hub, report, pull_limit, retries, sleep)
    except Exception as exc:
        report.error = str(exc)
        raise
    finally:
        report.bytes_sent, report.bytes_received = hub.wire.sent, hub.wire.received
        report.requests = hub.wire.requests
        report.pending = service.pending()
        if hub.hub_time_ms is not None:
            report.clock_offset_ms = service.now_ms() - hub.hub_time_ms
    return report


def ids_digest(ids: list[str]) -> str:
    """What the hub answers for a batch it holds whole (``accepted_sha256``)."""
    return hashlib.sha256("\n".join(sorted(set(ids))).encode()).hexdigest()


def _acknowledged(answer: dict[str, Any], ids: list[str]) -> list[str]:
    """The batch's changes the answer says the hub holds."""
    if isinstance(answer.get("accepted_sha256"), str):
        return ids if answer["accepted_sha256"] == ids_digest(ids) else []
    accepted = {str(i) for i in answer.get("accepted", [])}
    return [i for i in ids if i in accepted]


@dataclass
class _Batch:
    after: int  # the outbox position it starts after
    ids: list[str]
    last_seq: int
    data: bytes


def _push(service: SyncService, hub: HubClient, report: CycleReport, batch_bytes: int,
          retries: int, sleep: Callable[[int], None]) -> None:
    """Batches in outbox order; the next one is read and packed while the hub stores one."""
    db = service.db
    site = service.meta.site_id
    head = (f'{{"site_id":{json.dumps(site)},"schema":{int(service.schema)},'
            f'"answer":"digest","batch_id":')
    size = FIRST_BATCH
    budget = batch_bytes  # grows on a quick link (a first push), halves on a timeout

    def make(after: int) -> _Batch | None:
        nonlocal size
        while True:
            rows = pending_texts(db.conn, after_seq=after, limit=size)
            if not rows:
                return None
            batch_id = uuid7(service.now_ms(), service.meta.rng)
            data = pack(f'{head}{json.dumps(batch_id)},"changes":['
                        f'{",".join(r[2] for r in rows)}]}}'.encode())
            if len(data) > budget and len(rows) > 1:
                size = max(1, len(rows) // 2)
                continue
            return _Batch(after, [r[1] for r in rows], rows[-1][0], data)

    def send(batch: _Batch) -> tuple[dict[str, Any] | None, float]:
        """The hub's answer (None: too big or too slow, send less), and how long it took."""
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                return hub.push(batch.data), time.monotonic() - started
            except TooBig:
                if len(batch.ids) == 1:
                    raise
                return None, 0.0
            except HubUnreachable as exc:
                if attempt >= retries:
                    raise
                if "in time" in str(exc) and len(batch.ids) > 1:
                    return None, 0.0  # a timeout: send half as much
                report.retries += 1
                sleep(attempt)  # then the same batch id again: the hub answers as before
                attempt += 1

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as pool:
        batch = make(0)
        while batch is not None:
            future = pool.submit(send, batch)
            upcoming = make(batch.last_seq)  # packed while the hub works
            answer, took = future.result()
            if answer is None:
                report.retries += 1
                size = max(1, len(batch.ids) // 2)
                budget = max(batch_bytes // 4, budget // 2)
                batch = make(batch.after)
                continue
            held = {str(i) for i in answer.get("quarantined") or []}
            with db.transaction() as conn:
                done = mark_acked(conn, _acknowledged(answer, batch.ids))
                if held:
                    service.note_held(len(held))
            report.sent += done
            report.held += len(held)
            report.batches += 1
            if done < len(batch.ids):  # not confirmed: they stay pending for the next cycle
                logger.warning("hub did not confirm %d change(s) of a batch",
                               len(batch.ids) - done)
            if took < QUICK_S and len(batch.data) > budget // 2 and budget < MAX_BATCH_BYTES:
                budget = min(MAX_BATCH_BYTES, budget * 2)
            if len(batch.data) < budget // 3 and size < MAX_BATCH:
                size = min(MAX_BATCH, size * 2)
            batch = upcoming


def _pull(service: SyncService, hub: HubClient, report: CycleReport, limit: int,
          retries: int, sleep: Callable[[int], None]) -> None:
    """Pages in hub order; the next page is fetched while this one is applied."""
    cursor = report.cursor = service.hub_cursor()
    budget = PAGE_BYTES

    def fetch(at: int, lim: int, size: int) -> tuple[dict[str, Any], float]:
        started = time.monotonic()
        return hub.pull(at, lim, size), time.monotonic() - started

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:
        future = pool.submit(fetch, cursor, limit, budget)
        attempt = 0
        while True:
            try:
                page, took = future.result()
            except HubUnreachable as exc:
                if attempt >= retries:
                    raise
                if "in time" in str(exc):
                    limit, budget = max(1, limit // 2), max(MIN_PAGE_BYTES, budget // 2)
                report.retries += 1
                sleep(attempt)
                attempt += 1
                future = pool.submit(fetch, cursor, limit, budget)
                continue
            attempt = 0
            changes, new_cursor = page["changes"], int(page["cursor"])
            more = bool(page.get("more"))
            if more:
                if took < QUICK_S and budget < MAX_PAGE_BYTES:
                    budget = min(MAX_PAGE_BYTES, budget * 2)
                future = pool.submit(fetch, new_cursor, limit, budget)
            if changes or new_cursor != cursor:
                applied = service.apply_page(changes, new_cursor)
                report.received += len(changes)
                report.applied += applied.applied
                report.conflicts += applied.conflicts
                report.waiting = applied.waiting
                report.ahead_sites = sorted(set(report.ahead_sites) | set(applied.ahead_sites))
                report.pages += 1
            cursor = new_cursor
            report.cursor = cursor
            if not more:
                return
