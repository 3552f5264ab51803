"""The audit trail: who did what to which record, when; tamper-evident."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from clinic_app.db.audit import AuditRepository
from clinic_app.domain.audit import AuditEntry, ChainBreak, verify_chain
from clinic_app.domain.roles import Permission
from clinic_app.security.access import Access

CSV_FIELDS = ("seq", "at", "user", "action", "table", "row_id", "details", "site_id", "hash")


def _inert(value: Any) -> Any:
    """A cell a spreadsheet will show, not run: anyone at the log-in screen can type a
    'username' such as =HYPERLINK(...), and a failed log-in is recorded as typed."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    broken: ChainBreak | None
    site: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None


class AuditService:
    def __init__(self, repo: AuditRepository, access: Access) -> None:
        self.repo = repo
        self.access = access

    def record(self, action: str, table_name: str | None = None, row_id: str | None = None,
               actor_name: str | None = None, **details: Any) -> AuditEntry:
        """Write one entry as the current actor (or ``actor_name``, e.g. a failed log-in)."""
        actor = self.access.actor
        username = actor_name or (actor.username if actor else "unknown")
        user_id = actor.user_id if actor and not actor_name else None
        return self.repo.append(username, user_id, action, table_name, row_id, details)

    def search(self, **filters: Any) -> list[AuditEntry]:
        """Entries newest first (managers). Looking is itself audited."""
        self.access.require(Permission.AUDIT)
        entries = self.repo.search(**filters)
        shown = {k: v for k, v in filters.items() if v and k not in ("limit", "offset")}
        # Nested: filter names such as 'action' or 'row_id' are also record()'s own.
        self.record("audit.view", shown=len(entries), filters=shown)
        return entries

    def export_csv(self, **filters: Any) -> str:
        """The filtered entries as CSV text (managers); the export is audited."""
        self.access.require(Permission.AUDIT)
        entries = self.repo.search(**{**filters, "limit": 1_000_000})
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for e in entries:
            row = e.to_json()
            row["details"] = ", ".join(f"{k}={v}" for k, v in sorted(e.details.items()))
            writer.writerow({k: _inert(row[k]) for k in CSV_FIELDS})
        self.record("audit.export", rows=len(entries))
        return out.getvalue()

    def verify(self) -> VerifyResult:
        """Walk every site's chain; the first break, if any."""
        total = 0

        def counted(site: str) -> Iterator[AuditEntry]:
            nonlocal total
            for entry in self.repo.chain(site):  # streamed: the log grows without end
                total += 1
                yield entry

        for site in self.repo.sites():
            broken = verify_chain(counted(site), self.repo.recorded_head(site))
            if broken:
                return VerifyResult(total, broken, site)
        return VerifyResult(total, None)
