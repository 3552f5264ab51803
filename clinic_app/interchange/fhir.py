"""FHIR R4 (4.0.1): export the clinic as a Bundle of Patient, Appointment, CarePlan and
MedicationStatement resources; read a Bundle of Patients (e.g. Synthea's) into the same
table the CSV import reads, so it goes through the same dry run, duplicate check and
rejects file.

The export is written entry by entry (a million patients never sit in memory). Resources
point at each other by ``urn:uuid:`` of the row ids (UUIDv7), as a collection Bundle
resolves them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from clinic_app.db.interchange import InterchangeRepository
from clinic_app.db.patients import COLUMNS, row_to_patient
from clinic_app.domain.careplan import SLOTS, amount_text, build_plan
from clinic_app.domain.patient import LANGUAGES, Patient, Status
from clinic_app.errors import ClinicError
from clinic_app.interchange.csv_read import MAX_BYTES, Table
from clinic_app.marks import N_

FHIR_VERSION = "4.0.1"
CLINIC_NUMBER_SYSTEM = "urn:clinic-companion:clinic-number"
ESTIMATED_URL = "urn:clinic-companion:fhir:birth-year-estimated"
_NS = uuid.UUID("5b1c1d0e-6a7c-4f55-9a53-3c5b0d8e2f11")
_WHEN = {"morning": "MORN", "midday": "NOON", "evening": "EVE", "bedtime": "HS"}
_SLOT_WORDS = {"morning": "in the morning", "midday": "at midday", "evening": "in the evening",
               "bedtime": "at bedtime"}
_APPOINTMENT_STATUS = {"scheduled": "booked", "attended": "fulfilled", "missed": "noshow",
                       "cancelled": "cancelled"}
APPOINTMENT_MINUTES = 30  # R4 wants an end with every start: visits are booked as 30 min


def _ref(row_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{row_id}"}


def _instant(text: str | None) -> str | None:
    """A stored time as a FHIR instant/dateTime with seconds and a time zone."""
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.astimezone()  # appointments are kept in the clinic's local time
    return when.isoformat(timespec="seconds")


def patient_resource(p: Patient, support: tuple[Any, ...], replaces: list[str]) -> dict[str, Any]:
    res: dict[str, Any] = {"resourceType": "Patient", "id": p.id}
    if p.clinic_number:
        res["identifier"] = [{"use": "usual", "system": CLINIC_NUMBER_SYSTEM,
                              "value": p.clinic_number}]
    res["active"] = p.merged_into is None
    name: dict[str, Any] = {"use": "official"}
    if p.full_name:
        name["text"] = p.full_name
    if p.family_name:
        name["family"] = p.family_name
    given = [g for g in [p.given_name, *p.other_names.split()] if g]
    if given:
        name["given"] = given
    res["name"] = [name]
    if p.phones:
        res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile", "rank": i + 1}
                          for i, phone in enumerate(p.phones)]
    res["gender"] = p.sex.value
    if p.birth_date:
        res["birthDate"] = p.birth_date
    elif p.birth_year:
        res["birthDate"] = f"{p.birth_year:04d}"
        if p.birth_year_estimated:
            res["_birthDate"] = {"extension": [{"url": ESTIMATED_URL, "valueBoolean": True}]}
    if p.status == Status.DECEASED:
        res["deceasedBoolean"] = True
    address: dict[str, Any] = {}
    if p.address:
        address["line"] = [p.address]
    if p.village:
        address["city"] = p.village
    if address:
        res["address"] = [address]
    s_name, s_relationship, s_phone = support[0], support[1], support[2]
    if s_name:
        contact: dict[str, Any] = {"name": {"text": s_name}}
        if s_relationship:
            contact["relationship"] = [{"text": s_relationship}]
        if s_phone:
            contact["telecom"] = [{"system": "phone", "value": s_phone}]
        res["contact"] = [contact]
    lang = p.preferred_language
    res["communication"] = [{"language": {
        "coding": [{"system": "urn:ietf:bcp:47", "code": lang,
                    "display": LANGUAGES.get(lang, lang)}],
        "text": LANGUAGES.get(lang, lang)}, "preferred": True}]
    links = []
    if p.merged_into:
        links.append({"other": _ref(p.merged_into), "type": "replaced-by"})
    links += [{"other": _ref(old), "type": "replaces"} for old in replaces]
    if links:
        res["link"] = links
    return res


def appointment_resource(row: tuple[Any, ...]) -> dict[str, Any] | None:
    aid, patient_id, starts_at, with_whom, status, notes, _created = row
    start = _instant(starts_at)
    if start is None:
        return None
    end = (dt.datetime.fromisoformat(start) + dt.timedelta(minutes=APPOINTMENT_MINUTES))
    participants: list[dict[str, Any]] = [{"actor": _ref(patient_id), "status": "accepted"}]
    if with_whom:
        participants.append({"actor": {"display": with_whom}, "status": "accepted"})
    res: dict[str, Any] = {
        "resourceType": "Appointment", "id": aid,
        "status": _APPOINTMENT_STATUS.get(status, "booked"),
        "start": start, "end": end.isoformat(timespec="seconds"),
        "minutesDuration": APPOINTMENT_MINUTES, "participant": participants}
    if notes:
        res["comment"] = notes
    return res


def plan_resources(row: tuple[Any, ...]) -> list[dict[str, Any]]:
    """The CarePlan of a plan version, and a MedicationStatement for each medicine."""
    plan_id, patient_id, version, content, created_at, created_by = row
    try:
        plan = build_plan(patient_id, json.loads(content))
    except (ClinicError, ValueError, TypeError):
        return []
    subject = _ref(patient_id)
    care: dict[str, Any] = {
        "resourceType": "CarePlan", "id": plan_id, "language": plan.language,
        "status": "active", "intent": "plan", "title": f"Care plan, version {version}",
        "subject": subject}
    if plan.conditions:
        care["description"] = "; ".join(f"{c.name}: {c.explanation}".rstrip(": ")
                                        for c in plan.conditions)
    created = _instant(created_at)
    if created:
        care["created"] = created
    if created_by:
        care["author"] = {"display": str(created_by)}
    activities: list[dict[str, Any]] = []
    for m in plan.medicines:
        detail: dict[str, Any] = {"kind": "MedicationRequest", "status": "in-progress",
                                  "productCodeableConcept": {"text": m.name}}
        text = _schedule_text(m)
        if text:
            detail["description"] = text
        activities.append({"detail": detail})
    activities += [{"detail": {"status": "not-started", "description": step}}
                   for step in plan.next_steps]
    if plan.next_appointment:
        detail = {"kind": "Appointment", "status": "scheduled",
                  "scheduledString": plan.next_appointment}
        if plan.next_appointment_with:
            detail["description"] = f"Next appointment with {plan.next_appointment_with}"
        activities.append({"detail": detail})
    if activities:
        care["activity"] = activities
    notes = [f"Goal, in the patient's words: {g}" for g in plan.goals]
    notes += [f"Come in or call if: {w}" for w in plan.warning_signs]
    if plan.support_person:
        notes.append(f"Support person: {plan.support_person}")
    if notes:
        care["note"] = [{"text": n} for n in notes]
    out = [care]
    for i, m in enumerate(plan.medicines):
        statement: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "id": str(uuid.uuid5(_NS, f"{plan_id}/{i}")), "status": "active",
            "basedOn": [_ref(plan_id)],
            "medicationCodeableConcept": {"text": f"{m.name} {m.dose}".strip()},
            "subject": subject}
        if created:
            statement["dateAsserted"] = created
        if m.purpose:
            statement["reasonCode"] = [{"text": m.purpose}]
        notes = [t for t in (m.side_effects and f"Watch for: {m.side_effects}",
                             m.agreed_change and f"Agreed change: {m.agreed_change}") if t]
        if notes:
            statement["note"] = [{"text": t} for t in notes]
        dosage = []
        for slot in SLOTS:
            amount = m.amount(slot)
            if amount:
                dosage.append({
                    "text": f"{amount_text(amount)} {_SLOT_WORDS[slot.value]}",
                    "timing": {"repeat": {"when": [_WHEN[slot.value]]}},
                    "doseAndRate": [{"doseQuantity": {"value": amount}}]})
        if dosage:
            statement["dosage"] = dosage
        out.append(statement)
    return out


def _schedule_text(m: Any) -> str:
    parts = [f"{amount_text(m.amount(s))} {_SLOT_WORDS[s.value]}" for s in SLOTS
             if m.amount(s)]
    return ", ".join(parts)


def resources(repo: InterchangeRepository) -> Iterator[dict[str, Any]]:
    """Every exported resource, patients first."""
    replaced = repo.merged_into()
    width = len(COLUMNS)
    for row in repo.patients_for_export(include_merged=True):
        p = row_to_patient(row[:width])
        yield patient_resource(p, row[width:], replaced.get(p.id or "", []))
    for row in repo.appointments_for_export():
        res = appointment_resource(row)
        if res is not None:
            yield res
    for row in repo.care_plans_for_export():
        yield from plan_resources(row)


def write_bundle(repo: InterchangeRepository, out: IO[str], now: dt.datetime) -> dict[str, int]:
    """Write the Bundle to ``out`` entry by entry; resources written by type."""
    counts: dict[str, int] = {}
    bundle_id = str(uuid.uuid4())
    head = json.dumps({"resourceType": "Bundle", "id": bundle_id, "type": "collection",
                       "timestamp": now.isoformat(timespec="seconds")})
    out.write(head[:-1] + ', "entry": [')
    first = True
    for res in resources(repo):
        out.write("\n" if first else ",\n")
        first = False
        out.write(json.dumps({"fullUrl": f"urn:uuid:{res['id']}", "resource": res},
                             ensure_ascii=False, separators=(",", ":")))
        counts[res["resourceType"]] = counts.get(res["resourceType"], 0) + 1
    out.write("\n]}\n")
    return counts


# import -----------------------------------------------------------------------------------
FHIR_HEADER = ["given", "family", "other given", "sex", "birth date", "birth year",
               "birth year estimated", "phones", "city", "address", "language",
               "identifier", "support name", "support relationship", "support phone",
               "status", "merged into"]
FHIR_FIELDS = ["given_name", "family_name", "other_names", "sex", "birth_date", "birth_year",
               "birth_year_estimated", "phone", "village", "address", "preferred_language",
               "previous_number", "support_name", "support_relationship", "support_phone",
               "status", ""]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _name(names: Any) -> tuple[str, str, str]:
    if not isinstance(names, list) or not names:
        return "", "", ""
    chosen = next((n for n in names if isinstance(n, dict) and n.get("use") == "official"),
                  names[0])
    if not isinstance(chosen, dict):
        return "", "", ""
    given = [_text(g) for g in chosen.get("given") or [] if _text(g)]
    family = _text(chosen.get("family"))
    if not given and not family and _text(chosen.get("text")):
        words = _text(chosen.get("text")).split()
        return " ".join(words[:-1]), words[-1] if len(words) > 1 else "", ""
    # Synthea writes numbers after names ('Amina123'): not part of anyone's name
    clean = [g.rstrip("0123456789") or g for g in given]
    return (clean[0] if clean else ""), family.rstrip("0123456789") or family, " ".join(clean[1:])


def _phones(telecom: Any) -> list[str]:
    return [_text(t.get("value")) for t in telecom or [] if isinstance(t, dict)
            and t.get("system") in ("phone", "sms", None) and _text(t.get("value"))]


def patient_cells(res: dict[str, Any]) -> list[str]:
    """A Patient resource as a row of FHIR_HEADER cells."""
    given, family, other = _name(res.get("name"))
    birth = _text(res.get("birthDate"))
    birth_date = birth if len(birth) == 10 else ""
    birth_year = birth[:4] if len(birth) in (4, 7) else ""
    ext = (res.get("_birthDate") or {}).get("extension") or [] \
        if isinstance(res.get("_birthDate"), dict) else []
    estimated = any(isinstance(e, dict) and e.get("url") == ESTIMATED_URL and
                    e.get("valueBoolean") for e in ext)
    address = next((a for a in res.get("address") or [] if isinstance(a, dict)), {})
    village = _text(address.get("city")) or _text(address.get("district"))
    lines = " ".join(_text(x) for x in address.get("line") or [] if _text(x))
    language = ""
    for c in res.get("communication") or []:
        if not isinstance(c, dict):
            continue
        codings = (c.get("language") or {}).get("coding") or []
        code = next((_text(x.get("code")) for x in codings if isinstance(x, dict)), "")
        if code and (c.get("preferred") or not language):
            language = code.split("-")[0]
    identifier = ""
    for ident in res.get("identifier") or []:
        if not isinstance(ident, dict):
            continue
        codes = [_text(x.get("code")) for x in (ident.get("type") or {}).get("coding") or []
                 if isinstance(x, dict)]
        if ident.get("system") == CLINIC_NUMBER_SYSTEM or "MR" in codes:
            identifier = _text(ident.get("value"))
            break
    contact = next((c for c in res.get("contact") or [] if isinstance(c, dict)), {})
    cname = contact.get("name") or {}
    support_name = _text(cname.get("text")) or " ".join(
        [*(_text(g) for g in cname.get("given") or []), _text(cname.get("family"))]).strip()
    relationship = next((_text(r.get("text")) or next(
        (_text(x.get("display")) or _text(x.get("code")) for x in r.get("coding") or []
         if isinstance(x, dict)), "") for r in contact.get("relationship") or []
        if isinstance(r, dict)), "")
    support_phone = next(iter(_phones(contact.get("telecom"))), "")
    deceased = res.get("deceasedBoolean") is True or bool(res.get("deceasedDateTime"))
    merged = next((_text((link.get("other") or {}).get("reference"))
                   for link in res.get("link") or [] if isinstance(link, dict)
                   and link.get("type") == "replaced-by"), "")
    return [given, family, other, _text(res.get("gender")), birth_date, birth_year,
            "yes" if estimated else "", "; ".join(_phones(res.get("telecom"))), village,
            lines, language, identifier, support_name, relationship, support_phone,
            "deceased" if deceased else "", merged]


def read_bundle(path: Path) -> tuple[Table, dict[int, str]]:
    """(table of the Bundle's Patients, row -> why it is left out) from a FHIR JSON file."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ClinicError(N_("{0} is too big (at most {1} MB).").format(
                path.name, MAX_BYTES // 2 ** 20))
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise ClinicError(N_("There is no file {0}. Check the name and folder.").format(
            path)) from None
    except OSError as exc:
        raise ClinicError(N_("{0} cannot be read ({1}).").format(
            path, exc.strerror or exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ClinicError(N_("{0} is not a FHIR JSON file. Export the patients from the "
                             "other system as a FHIR Bundle in JSON.").format(path.name)) from None
    if isinstance(raw, dict) and raw.get("resourceType") == "Patient":
        entries: list[Any] = [{"resource": raw}]
    elif isinstance(raw, dict) and raw.get("resourceType") == "Bundle":
        entries = raw.get("entry") or []
        if not isinstance(entries, list):
            raise ClinicError(N_("{0}: the Bundle's 'entry' is not a list.").format(path.name))
    else:
        raise ClinicError(N_("{0} is JSON but not a FHIR Bundle or Patient. Export the "
                             "patients from the other system as a FHIR Bundle.").format(path.name))
    rows: list[list[str]] = []
    numbers: list[int] = []
    skipped: dict[int, str] = {}
    for n, entry in enumerate(entries, start=1):
        res = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(res, dict) or res.get("resourceType") != "Patient":
            continue
        try:
            cells = patient_cells(res)
        except (AttributeError, TypeError):
            cells = [""] * len(FHIR_HEADER)
            skipped[n] = "This Patient entry is not laid out as FHIR R4 says."
        if cells[-1]:
            skipped[n] = ("This record was merged into another one in the file "
                          f"({cells[-1]}); that one is imported instead.")
        rows.append(cells)
        numbers.append(n)
    if not rows:
        raise ClinicError(N_("{0} holds no Patient resources.").format(path.name))
    return Table(FHIR_HEADER, rows, numbers, "UTF-8 (FHIR JSON)", ",", {}), skipped
