"""Audit entries and their hash chain (pure functions: no I/O)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    id: str
    at: str  # UTC ISO-8601
    username: str
    action: str  # e.g. 'patient.open', 'auth.login_failed', 'settings.change'
    table_name: str | None
    row_id: str | None
    details: dict[str, Any]
    prev_hash: str | None
    hash: str
    site_id: str = ""
    user_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "id": self.id, "at": self.at, "user": self.username,
                "action": self.action, "table": self.table_name, "row_id": self.row_id,
                "details": self.details, "site_id": self.site_id, "hash": self.hash}


def canonical_details(details: dict[str, Any]) -> str:
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str | None, seq: int, entry_id: str, at: str, username: str,
               action: str, table_name: str | None, row_id: str | None, details: str,
               user_id: str | None = None, site_id: str = "") -> str:
    """SHA-256 over the previous entry's hash and every field of this one."""
    payload = json.dumps([prev_hash or "", seq, entry_id, at, username, user_id, site_id,
                          action, table_name, row_id, details],
                         separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    id: str
    reason: str


def verify_chain(entries: Iterable[AuditEntry],
                 head: tuple[int, str] | None = None) -> ChainBreak | None:
    """The first place the chain is broken, or None when it is whole.

    ``head`` is the (seq, hash) recorded with the newest entry: without it a deleted last
    entry could not be noticed.
    """
    expected_seq, prev = 1, None
    last: AuditEntry | None = None
    for e in entries:
        if e.seq != expected_seq:  # the first broken entry is the missing one
            return ChainBreak(expected_seq, "", f"entry {expected_seq} is missing (found {e.seq})")
        if e.prev_hash != prev:
            return ChainBreak(e.seq, e.id, "does not follow the entry before it")
        if entry_hash(prev, e.seq, e.id, e.at, e.username, e.action, e.table_name, e.row_id,
                      canonical_details(e.details), e.user_id, e.site_id) != e.hash:
            return ChainBreak(e.seq, e.id, "was altered after it was written")
        prev, expected_seq, last = e.hash, expected_seq + 1, e
    if head is not None:
        head_seq, head_hash = head
        if last is None or last.seq < head_seq:
            kept = last.seq if last else 0
            return ChainBreak(kept + 1, "", f"entries after {kept} were deleted")
        if last.seq == head_seq and last.hash != head_hash:
            return ChainBreak(last.seq, last.id, "was altered after it was written")
    return None
