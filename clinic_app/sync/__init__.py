"""The clinic side of sync (shared/SYNC.md, docs/sync-wire.md), without the network.

- change capture is SQL: migration 0007's triggers (made by ``scripts/sync_migration.py``) write
  every edit of a synced table to ``sync_outbox`` in the edit's own transaction, with the
  changed fields only, and keep each field's version in ``sync_field_versions``;
- ``changes``: the outbox read as wire changes; acknowledgement; the tables' sync metadata;
- ``apply``: a batch of received changes applied in one transaction (per-field
  last-writer-wins by HLC, review conflicts, tombstones, rows waiting for their parents);
- ``bundle``: sneakernet bundle files (export, verify, import);
- ``service``: ``SyncService``, the use cases with their access checks.

Which columns travel (decided here, used by the trigger generator and by apply):
- every table with ``id, created_at, updated_at, hlc, site_id, deleted`` is synced;
- ``id`` travels as the change's ``row_id`` and ``hlc`` as the change's stamp;
- local, never sent: patients' ``pk`` (a local integer key) and the search columns
  ``name_key`` / ``phone_digits`` (recomputed on apply by the functions PatientRepository
  uses); users' ``failed_attempts``, ``locked_until`` and ``last_login_at`` (a lock-out and a
  last log-in belong to the PC where they happened);
- ``patients.contact_status`` and ``wrong_phones`` do travel: the call rules set them at the
  PC where the call was logged and no other PC could derive them.
"""

from __future__ import annotations

from clinic_app.errors import ClinicError

#: synced tables, parents before children (the order a first sync sends them in)
SYNCED_TABLES: tuple[str, ...] = (
    "patients", "support_contacts", "appointments", "visits", "care_plans", "handout_prints",
    "follow_ups", "call_attempts", "users", "audit_log",
)
#: columns carried outside ``fields``: the row's id and the change's stamp
META_COLUMNS: tuple[str, ...] = ("id", "hlc")
LOCAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "patients": ("pk", "name_key", "phone_digits"),
    "users": ("failed_attempts", "locked_until", "last_login_at"),
}
#: rows written once and never changed (a trigger refuses updates): deduplicated by id
INSERT_ONLY: frozenset[str] = frozenset({"audit_log"})
#: fields a person must see when a concurrent edit loses (a delete against a concurrent edit
#: of the same record is a review conflict on the field ``deleted``)
REVIEW_FIELDS: dict[str, frozenset[str]] = {
    "patients": frozenset({"given_name", "family_name", "other_names", "phones", "birth_date",
                           "birth_year", "sex"}),
}
#: changes stamped further ahead of this PC's clock are applied but reported (the hub holds
#: them back; see ``apply``)
FUTURE_LIMIT_MS = 24 * 3600 * 1000


class SyncError(ClinicError):
    """A batch or bundle that cannot be used; nothing of it was applied."""


def synced_columns(table: str, all_columns: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The columns of ``table`` that travel in ``fields`` (schema order)."""
    skip = set(META_COLUMNS) | set(LOCAL_COLUMNS.get(table, ()))
    return tuple(c for c in all_columns if c not in skip)
