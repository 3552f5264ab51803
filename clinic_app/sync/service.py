"""Sync use cases with their access checks: what is waiting to go, bundles on a stick, and the
review conflicts a person settles (shared/SYNC.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.db.migrations import LATEST
from clinic_app.domain.clock import iso_utc, today
from clinic_app.domain.patient import build_patient
from clinic_app.domain.phones import search_digits_for
from clinic_app.domain.roles import Permission
from clinic_app.domain.text import name_key
from clinic_app.errors import ClinicError, NotFoundError, ValidationError
from clinic_app.marks import N_
from clinic_app.sync import REVIEW_FIELDS, SyncError
from clinic_app.sync.apply import ApplyReport, apply_changes, check_schema, schema_of
from clinic_app.sync.bundle import HUB_CURSOR, ImportReport
from clinic_app.sync.bundle import export_bundle as _export
from clinic_app.sync.bundle import import_bundle as _import
from clinic_app.sync.changes import field_version, pending_count, reassert

if TYPE_CHECKING:
    from clinic_app.db.driver import sqlite
    from clinic_app.services.clinic import Clinic
    from clinic_app.sync.cycle import CycleReport

_NAMES = ("given_name", "family_name", "other_names")
EXPORTED = "last_exported_seq"
HUB_URL = "hub_url"
SITE_NAME = "hub_site_name"
LAST_SUCCESS = "last_sync_ok"
LAST_ATTEMPT = "last_sync_attempt"
LAST_ERROR = "last_sync_error"
LAST_REPORT = "last_sync_report"
HELD = "held_at_hub"


def token_name(site_id: str) -> str:
    """The keyring entry of this site's token."""
    return f"sync-token:{site_id}"


@dataclass(frozen=True)
class SyncStatus:
    demo: bool
    hub: str | None
    site_name: str | None
    site_id: str
    last_success: str | None  # ISO UTC
    last_attempt: str | None
    last_error: str | None
    pending: int
    held: int
    conflicts: int
    every_minutes: int
    clock_offset_ms: int | None

    @property
    def enrolled(self) -> bool:
        return bool(self.hub)

    def clock_wrong(self) -> bool:
        return self.clock_offset_ms is not None and \
            abs(self.clock_offset_ms) > 24 * 3600 * 1000

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {
            "enrolled": self.enrolled, "clock_wrong": self.clock_wrong()}
FIELD_LABELS = {"given_name": "given name", "family_name": "family name",
                "other_names": "other names", "phones": "phone numbers",
                "birth_date": "date of birth", "birth_year": "year of birth", "sex": "sex",
                "deleted": "record removed"}


@dataclass(frozen=True)
class Conflict:
    """Two sites changed the same review field of a record without seeing each other's edit.
    The record holds the winner by the merge rule; a person confirms it or picks the other."""

    id: str
    table: str
    row_id: str
    field: str
    label: str  # the record, as a person knows it: clinic number and name
    current: Any  # the value the record holds now
    mine: str | None  # the value this PC had
    theirs: str | None  # the value that came from the other site
    created_at: str

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


class SyncService:
    """``SyncService(clinic)``: sync of one open clinic database, no network needed."""

    def __init__(self, clinic: Clinic) -> None:
        self.clinic = clinic
        self.db = clinic.db
        self.meta = clinic.meta
        self.access = clinic.access
        self.audit = clinic.audit

    # state ----------------------------------------------------------------------------------
    def is_demo(self) -> bool:
        return bool(self.db.query("SELECT 1 FROM sync_capture_off WHERE reason = 'demo'"))

    def _not_demo(self) -> None:
        if self.is_demo():
            raise SyncError(N_("This is a demo database: its patients are made up and never "
                               "sync. Set up sync in the clinic's real database."))

    def pending(self) -> int:
        """This PC's changes not yet acknowledged by the hub."""
        return pending_count(self.db.conn)

    # bundles ----------------------------------------------------------------------------------
    def export_bundle(self, folder: str | Path) -> Path:
        """Write every unacknowledged change to a bundle file in ``folder`` (a USB stick)."""
        self.access.require(Permission.SYNC)
        self._not_demo()
        name = str(self.clinic.settings.get("clinic_name"))
        path, out = _export(self.db, self.meta, Path(folder), schema=LATEST, site_name=name)
        # Audited when it carries records no bundle carried before. Not for audit entries
        # alone, nor again for the same records: each such audit entry would call for one
        # more exchange, and two sites swapping sticks would never be done.
        last = int(self.meta.get_sync_state(EXPORTED) or 0)
        fresh = [o for o in out if o.seq > last and o.change["table"] != "audit_log"]
        if fresh:
            self.audit.record("sync.export", None, None, bundle=path.name, changes=len(out),
                              new=len(fresh))
        if out and out[-1].seq > last:
            self.meta.set_sync_state(EXPORTED, str(out[-1].seq))
        self.meta.set_sync_state("last_bundle_export", self.meta.clock.now().isoformat())
        return path

    def import_bundle(self, file: str | Path) -> ImportReport:
        """Check a bundle whole, then apply it; refused whole when it is damaged, altered,
        made for another clinic or by a newer version."""
        self.access.require(Permission.SYNC)
        self._not_demo()
        path = Path(file)

        def audited(conn: sqlite.Connection, report: ImportReport) -> None:
            if report.tables - {"audit_log"} or report.conflicts:
                self.audit.record("sync.import", None, None, bundle=path.name,
                                  site=report.site_id, applied=report.applied,
                                  conflicts=report.conflicts)

        report = _import(self.db, self.meta, path, latest=LATEST, country=self._country(),
                         after=audited)
        self.meta.set_sync_state("last_bundle_import", self.meta.clock.now().isoformat())
        if report.acknowledged:
            self.purge_acknowledged()
        return report

    def apply_batch(self, batch: dict[str, Any]) -> ApplyReport:
        """Apply a batch of received changes (a pulled page) in one transaction."""
        self.access.require(Permission.SYNC)
        self._not_demo()
        check_schema(schema_of(batch), LATEST)
        changes = batch.get("changes")
        if not isinstance(changes, list):
            raise SyncError(N_("The batch holds no list of changes; nothing was applied."))
        return self.apply_page(changes)

    def _country(self) -> str:
        return str(self.clinic.settings.get("country"))

    # online (HTTP) ---------------------------------------------------------------------------
    schema = LATEST

    def now_ms(self) -> int:
        return int(self.meta.clock.now().timestamp() * 1000)

    def hub_url(self) -> str | None:
        return self.meta.get_sync_state(HUB_URL)

    def hub_cursor(self) -> int:
        return int(self.meta.get_sync_state(HUB_CURSOR) or 0)

    def apply_page(self, changes: list[dict[str, Any]],
                   cursor: int | None = None) -> ApplyReport:
        """Apply received changes in one transaction, with the hub cursor after them when
        they are a pulled page (so the two are stored together or not at all)."""
        now = self.meta.clock.now()
        with self.db.transaction() as conn:
            report = apply_changes(conn, changes, site_id=self.meta.site_id,
                                   wall_ms=int(now.timestamp() * 1000),
                                   country=self._country(), new_id=self.meta.new_id,
                                   now_iso=iso_utc(now))
            if cursor is not None:
                self.meta.set_sync_state(HUB_CURSOR, str(cursor))  # joins this transaction
        return report

    def note_held(self, n: int) -> None:
        """The hub held back ``n`` more of this PC's changes (stamped too far ahead of its
        clock); call inside the transaction that acknowledges them."""
        held = int(self.meta.get_sync_state(HELD) or 0)
        self.meta.set_sync_state(HELD, str(held + n))

    def enroll(self, url: str, code: str, *, timeout: float = 30.0) -> dict[str, Any]:
        """Enrol this PC as a site of the hub at ``url`` with a one-time ``code``; the
        site token goes to the OS keyring (refused before the code is used when there is
        none). Returns the hub's answer without the token."""
        from clinic_app.security import secrets
        from clinic_app.sync.client import HubClient, check_url

        self.access.require(Permission.SYNC)
        self._not_demo()
        url = check_url(url)
        if not code.strip():
            raise ValidationError({"code": "Type the enrolment code the hub's administrator "
                                           "gave you (like ABCD-EFGH-JKLM-NPQR)."})
        keyring = secrets.status()
        if not keyring.usable:
            raise secrets.KeyringUnavailable(
                f"This PC has no safe place for the sync token ({keyring.reason}). Nothing was "
                "changed and the code was not used.")
        prefix = str(self.clinic.settings.get("site_prefix"))
        issued = bool(self.db.query("SELECT 1 FROM patients WHERE clinic_number LIKE ? "
                                    "LIMIT 1", (prefix + "-%",)))
        with HubClient(url, timeout=timeout) as hub:
            answer = hub.enroll(code.strip(), self.meta.site_id, prefix, issued)
        if answer.get("site_id") != self.meta.site_id:
            raise SyncError(N_("The hub gave this PC another site id than its own: is the "
                               "hub up to date? Nothing was changed here."))
        secrets.set_secret(token_name(self.meta.site_id), str(answer["token"]))
        given = answer.get("prefix")
        if isinstance(given, str) and given != prefix:
            self.clinic.settings.update({"site_prefix": given})
        with self.db.transaction():
            self.meta.set_sync_state(HUB_URL, url)
            self.meta.set_sync_state(SITE_NAME, str(answer.get("site_name") or ""))
            self.meta.set_sync_state("enrolled_at", iso_utc(self.meta.clock.now()))
            self.audit.record("sync.enroll", None, None, hub=url,
                              site_name=answer.get("site_name"), prefix=given or prefix)
        return {k: v for k, v in answer.items() if k != "token"} | {"hub": url}

    def sync_now(self, *, timeout: float = 30.0, **cycle: Any) -> CycleReport:
        """One push and pull with the hub. Raises a SyncError in plain words when it cannot
        finish (what it did until then is kept, and said in ``status()``)."""
        from clinic_app.security import secrets
        from clinic_app.sync.client import HubClient
        from clinic_app.sync.cycle import run_cycle

        self.access.require(Permission.SYNC)
        self._not_demo()
        url = self.hub_url()
        if not url:
            raise SyncError(N_("This PC is not set up for sync: a manager enters the hub "
                               "address and an enrolment code in Settings → Sync."))
        token = secrets.get_secret(token_name(self.meta.site_id))
        if not token:
            raise SyncError(N_("This PC's sync token is not in the keyring (it may have been"
                               " cleared). Ask the hub's administrator for a new enrolment "
                               "code and enrol again in Settings → Sync."))
        started = iso_utc(self.meta.clock.now())
        self.meta.set_sync_state(LAST_ATTEMPT, started)
        with HubClient(url, token, timeout=timeout) as hub:
            try:
                report = run_cycle(self, hub, **cycle)
            except ClinicError as exc:
                self.meta.set_sync_state(LAST_ERROR, str(exc))
                raise
        self.meta.set_sync_state(LAST_ERROR, "")
        self.meta.set_sync_state(LAST_SUCCESS, started)
        self.purge_acknowledged()
        self.meta.set_sync_state(LAST_REPORT, json.dumps(report.to_dict()))
        return report

    def purge_acknowledged(self) -> int:
        """Drop outbox rows the hub holds already (nothing reads them again: a bundle carries
        what is not yet acknowledged), so the outbox stays the size of what waits to go."""
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM sync_outbox WHERE acked = 1").rowcount

    def status(self) -> SyncStatus:
        """What a manager sees in Settings → Sync."""
        get = self.meta.get_sync_state
        last = get(LAST_REPORT)
        offset = json.loads(last).get("clock_offset_ms") if last else None
        return SyncStatus(
            demo=self.is_demo(), hub=get(HUB_URL), site_name=get(SITE_NAME) or None,
            site_id=self.meta.site_id, last_success=get(LAST_SUCCESS) or None,
            last_attempt=get(LAST_ATTEMPT) or None, last_error=get(LAST_ERROR) or None,
            pending=self.pending(), held=int(get(HELD) or 0),
            conflicts=int(self.db.query("SELECT count(*) FROM sync_conflicts WHERE status = "
                                        "'open'")[0][0]),
            every_minutes=int(self.clinic.settings.get("sync_every_minutes")),
            clock_offset_ms=offset if isinstance(offset, int) else None)

    # review conflicts ------------------------------------------------------------------------
    def conflicts(self, row_id: str | None = None) -> list[Conflict]:
        """Open conflicts, oldest first, with the record each is about (only those about
        the record ``row_id`` when given: a patient's "two versions" banner)."""
        self.access.require(Permission.PATIENTS)
        rows = self.db.query(
            "SELECT c.id, c.table_name, c.row_id, c.field, c.local_value, c.remote_value, "
            "c.created_at, p.clinic_number, p.given_name, p.family_name FROM sync_conflicts c "
            "LEFT JOIN patients p ON c.table_name = 'patients' AND p.id = c.row_id "
            "WHERE c.status = 'open' AND (? IS NULL OR c.row_id = ?) ORDER BY c.created_at, "
            "c.id", (row_id, row_id))
        out = []
        for r in rows:
            label = " ".join(x for x in (r[7], r[8], r[9]) if x) or r[2]
            out.append(Conflict(id=r[0], table=r[1], row_id=r[2], field=r[3],
                                label=label, current=self._current(r[1], r[2], r[3]),
                                mine=r[4], theirs=r[5], created_at=r[6]))
        return out

    def _current(self, table: str, row_id: str, field: str) -> Any:
        if field not in REVIEW_FIELDS.get(table, frozenset()) | {"deleted"}:
            return None
        row = self.db.query(f"SELECT {field} FROM {table} WHERE id = ?", (row_id,))
        return row[0][0] if row else None

    def resolve(self, conflict_id: str, value: Any) -> None:
        """Settle a conflict with ``value`` (either side's, or a corrected one): an ordinary
        edit of the record, stamped now, that syncs and settles the conflict at every site."""
        actor = self.access.require(Permission.PATIENTS)
        found = self.db.query("SELECT table_name, row_id, field, status FROM sync_conflicts "
                              "WHERE id = ?", (conflict_id,))
        if not found:
            raise NotFoundError(N_("No sync conflict with id {0}.").format(conflict_id))
        table, row_id, field, status = found[0]
        if status != "open":
            raise ClinicError(N_("This conflict was settled already (here or at another "
                                 "site). Refresh the list."))
        if table != "patients" or field not in REVIEW_FIELDS["patients"] | {"deleted"}:
            raise ClinicError(N_("Conflicts on {0}.{1} are not settled here.").format(table, field))
        column = self._column_value(row_id, field, value)
        with self.db.transaction() as conn:
            before = conn.execute("SELECT hlc, given_name, family_name, other_names FROM "
                                  "patients WHERE id = ?", (row_id,)).fetchone()
            if before is None:
                raise NotFoundError(N_("No patient with id {0}.").format(row_id))
            base = before[0] if field == "deleted" else \
                field_version(conn, "patients", row_id, field)
            stamp = self.meta.stamp(conn)
            sets: dict[str, Any] = {field: column, "updated_at": stamp.now, "hlc": stamp.hlc}
            if field in _NAMES:
                names = dict(zip(_NAMES, before[1:], strict=True)) | {field: column}
                sets["name_key"] = name_key(names["family_name"], names["given_name"],
                                            names["other_names"])
            if field == "phones":
                sets["phone_digits"] = search_digits_for(json.loads(column), self._country())
            if field == "deleted" and column == 0:
                sets["merged_into"] = None  # restored: a record of its own again
            conn.execute(f"UPDATE patients SET {', '.join(f'{k} = :{k}' for k in sets)} "
                         "WHERE id = :row_id", {**sets, "row_id": row_id})
            reassert(conn, self.meta.new_id(), stamp.site_id, "patients", row_id, field, column,
                     stamp.hlc, base)
            conn.execute("UPDATE sync_conflicts SET status = 'resolved', resolved_at = ?, "
                         "resolved_by = ? WHERE id = ?", (stamp.now, actor.username,
                                                          conflict_id))
            self.audit.record("sync.resolve", "patients", row_id, field=field,
                              conflict=conflict_id)

    def _column_value(self, row_id: str, field: str, value: Any) -> Any:
        """``value`` as the column stores it, checked like a form's input."""
        if field == "deleted":
            if value in (1, True, "1", "deleted", "delete"):
                return 1
            if value in (0, False, "0", "kept", "keep", "restore"):
                return 0
            raise ValidationError({"deleted": "Choose to keep the record removed or to "
                                              "restore it."})
        if field == "phones" and isinstance(value, str) and value.strip().startswith("["):
            try:
                value = json.loads(value)
            except ValueError:
                raise ValidationError({"phones": "should be a list of phone numbers."}) \
                    from None
        current = self.clinic.patients.repo.get(row_id)
        patient = build_patient({field: value}, self._country(), today(self.meta.clock),
                                base=current)
        if field == "phones":
            return json.dumps(list(patient.phones))
        if field == "sex":
            return patient.sex.value
        return getattr(patient, field)


