"""Seeded, realistic demo data: a Kenyan community clinic with a mixed population."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import math
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from clinic_app.db.patients import SetAside, set_aside_for_demo_load
from clinic_app.domain.ids import uuid7
from clinic_app.domain.text import format_clinic_number, name_key
from clinic_app.errors import ClinicError
from clinic_app.marks import N_
from clinic_app.services import demo_calls
from clinic_app.services.clinic import Clinic

DEMO_SETTINGS = {
    "clinic_name": "Kibera Community Clinic (demo)",
    "clinic_phone": "+254 20 123 4567",
    "country": "KE",
    "site_prefix": "KIB",
    "default_language": "sw",
}

# Names by language: given (female, male) and family names, with their accents.
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "sw": (["Amina", "Zawadi", "Neema", "Rehema", "Wanjiru", "Achieng", "Akinyi", "Mwanaisha",
            "Faraja", "Imani", "Halima", "Nyokabi", "Wairimu", "Atieno", "Mariamu"],
           ["Juma", "Baraka", "Otieno", "Kamau", "Mwangi", "Omondi", "Hassani", "Kiprono",
            "Muhammad", "Mohamed", "Odhiambo", "Njoroge", "Salim", "Mutua", "Kipchoge"],
           ["Mwangi", "Otieno", "Kamau", "Wanjiku", "Ochieng", "Mutua", "Njeri", "Kariuki",
            "Onyango", "Kiptoo", "Wambui", "Hassan", "Owino", "Chebet", "Nyambura"]),
    "ha": (["Aisha", "Fatima", "Hauwa", "Zainab", "Ngozi", "Ngoze", "Hadiza", "Bilkisu",
            "Maryam", "Hafsat", "Ruƙayya", "Jummai"],
           ["Abubakar", "Ibrahim", "Musa", "Sani", "Usman", "Aliyu", "Ɗanjuma", "Yakubu",
            "Bello", "Mohammed", "Garba", "Lawal"],
           ["Abdullahi", "Bello", "Danjuma", "Garba", "Ibrahim", "Lawal", "Mohammed", "Sule",
            "Usman", "Yusuf", "Ɗangote", "Tanko"]),
    "es": (["María", "Lucía", "Sofía", "Ana", "Inés", "Mónica", "Verónica", "Rocío",
            "Beatriz", "Dolores", "Ángela", "Teresa"],
           ["José", "Martín", "Andrés", "Raúl", "Héctor", "Jesús", "Ramón", "Tomás",
            "Joaquín", "Julián", "Óscar", "Iván"],
           ["González", "Rodríguez", "Pérez", "Martínez", "López", "Hernández", "Gómez",
            "Sánchez", "Díaz", "Muñoz", "Núñez", "Ibáñez", "Peña", "Suárez"]),
    "fr": (["Hélène", "Élodie", "Chloé", "Anaïs", "Océane", "Maëlle", "Zoé", "Mélanie",
            "Cécile", "Noémie", "Françoise", "Agnès"],
           ["François", "Jérôme", "Loïc", "Gaël", "Noël", "Benoît", "Frédéric", "Sébastien",
            "Hervé", "René", "Clément", "Théo"],
           ["Lefèvre", "Bénard", "Mercier", "Dubois", "Gérard", "Lemaître", "Fabre",
            "Chevalier", "Garnier", "Rousseau", "Faure", "Brûlé"]),
    "en": (["Mary", "Grace", "Elizabeth", "Sarah", "Joy", "Mercy", "Faith", "Esther",
            "Ruth", "Naomi", "Hope", "Margaret"],
           ["John", "Peter", "James", "David", "Samuel", "Joseph", "Daniel", "Michael",
            "Paul", "George", "Stephen", "Patrick"],
           ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Thomas", "Roberts", "Walker",
            "Wright", "Green", "Hall", "Wood"]),
}
LANGUAGE_WEIGHTS = {"sw": 55, "ha": 10, "es": 10, "fr": 10, "en": 15}
VILLAGES = ["Kibera", "Laini Saba", "Lindi", "Makina", "Gatwekera", "Soweto East", "Kianda",
            "Silanga", "Mashimoni", "Raila", "Olympic", "Karanja", "Kisumu Ndogo", "Siranga"]
REASONS = ["Blood pressure check", "Diabetes review", "Cough and fever", "Antenatal visit",
           "HIV treatment review", "TB treatment check", "Asthma review", "Child immunisation",
           "Malaria test", "Feeling low, poor sleep", "Headache", "Wound dressing"]
CLINICIANS = ["Dr. Okafor", "Nurse Wanjiru", "Dr. Mwangi", "Clinical Officer Achieng"]
VARIANTS = {"Mohamed": "Muhammad", "Muhammad": "Mohamed", "Ngozi": "Ngoze", "Wanjiru": "Wanjiro",
            "Otieno": "Otiena", "María": "Maria", "González": "Gonzales", "Aisha": "Aishah"}


# The demo clinic's staff (README): one per role, all with the same password.
DEMO_PASSWORD = "clinic-demo"
DEMO_ACCOUNTS = (("amina", "Amina Otieno", "manager"), ("daniel", "Dr. Daniel Okafor", "clinician"),
                 ("grace", "Grace Wanjiru", "front_desk"))


def create_demo_accounts(clinic: Clinic) -> None:
    """The demo clinic's three staff accounts (only into a clinic that has none)."""
    if clinic.accounts.has_accounts():
        return
    for username, name, role in DEMO_ACCOUNTS:
        clinic.accounts.create(username, DEMO_PASSWORD, role, display_name=name)


@dataclass(frozen=True)
class DemoReport:
    patients: int
    visits: int
    seconds: float


PATIENT_COLUMNS = (
    "id", "clinic_number", "clinic_seq", "given_name", "family_name", "other_names", "name_key",
    "sex", "birth_date", "birth_year", "birth_year_estimated", "phones", "phone_digits",
    "phone_confirmed_at", "village", "address", "preferred_language", "preferred_channel",
    "preferred_time", "do_not_contact", "contact_consent_at", "large_print", "reading_support",
    "status", "notes", "created_at", "updated_at", "hlc", "site_id", "deleted",
)
VISIT_COLUMNS = (
    "id", "patient_id", "visit_date", "clinician", "reason", "notes", "medicines_changed",
    "check_in_days", "created_at", "updated_at", "hlc", "site_id", "deleted",
)
# Patients the README and the tests name, so the demo always shows them.
SHOWCASE = [
    ("María", "González", "female", "1984-03-07", "0712 345 678", "Kibera", "es"),
    ("Muhammad", "Abdullahi", "male", None, "0722 555 010", "Lindi", "sw"),
    ("Ngoze", "Okafor", "female", "1961-11-02", "0733 404 404", "Makina", "en"),
    ("Hélène", "Lefèvre", "female", "1948-06-21", "0701 234 567", "Gatwekera", "fr"),
]


def _phone(rng: random.Random) -> tuple[str, str]:
    """A Kenyan mobile number: (E.164, the digits indexed for search)."""
    national = f"0{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"
    e164 = f"+254{national[1:]}"
    return e164, f"{e164[1:]} {national}"


MOBILE_PREFIXES = ("70", "71", "72", "74", "79", "11")


class _Stamps:
    """Fast UTC text stamps for millisecond times (demo data only)."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def __call__(self, ms: int) -> str:
        day, rest = divmod(ms, 86_400_000)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = dt.datetime.fromtimestamp(day * 86_400, dt.UTC).strftime("%Y-%m-%dT")
            self._days[day] = prefix
        secs, millis = divmod(rest, 1000)
        h, secs = divmod(secs, 3600)
        m, secs = divmod(secs, 60)
        return f"{prefix}{h:02d}:{m:02d}:{secs:02d}.{millis:03d}Z"


def _patient_rows(n: int, start_seq: int, prefix: str, site_id: str, rng: random.Random,
                  now: dt.datetime, visits: list[tuple[Any, ...]],
                  visit_rate: float, batch: int = 4096) -> Iterator[tuple[Any, ...]]:
    """Rows in PATIENT_COLUMNS order, registered in time order over the last five years.

    Random draws are made a batch at a time (``choices(k=...)``): a million rows must be
    made in seconds, not minutes.
    """
    langs = list(LANGUAGE_WEIGHTS)
    cum = list(itertools.accumulate(LANGUAGE_WEIGHTS.values()))
    keys: dict[tuple[str, str, str], str] = {}
    stamp = _Stamps()
    now_ms = int(now.timestamp() * 1000)
    span_ms = 5 * 365 * 86_400_000
    step = span_ms / max(n, 1)
    today = now.date()
    recent: list[tuple[Any, ...]] = []
    random_ = rng.random
    channels = ("call",) * 14 + ("sms", "sms", "sms", "sms", "home_visit", "none")
    times = ("any", "morning", "afternoon", "evening")
    for base in range(0, n, batch):
        k = min(batch, n - base)
        u = [random_() for _ in range(k * 12)]
        lang_k = rng.choices(langs, cum_weights=cum, k=k)
        village_k = rng.choices(VILLAGES, k=k)
        channel_k = rng.choices(channels, k=k)
        time_k = rng.choices(times, k=k)
        pick_k = rng.choices(range(1000), k=k * 3)
        mobile_k = rng.choices(MOBILE_PREFIXES, k=k)
        for j in range(k):
            i = base + j
            r = u[j * 12: j * 12 + 12]
            seq = start_seq + i
            created_ms = now_ms - span_ms + int((i + r[0]) * step)
            lang = lang_k[j]
            female_names, male_names, family_names = NAMES[lang]
            sex = "female" if r[1] < 0.5 else "male"
            firsts = female_names if sex == "female" else male_names
            given = firsts[pick_k[3 * j] % len(firsts)]
            family = family_names[pick_k[3 * j + 1] % len(family_names)]
            other = male_names[pick_k[3 * j + 2] % len(male_names)] if r[2] < 0.15 else ""
            national = f"0{mobile_k[j]}{int(r[3] * 10_000_000):07d}"
            phones, phone_digits = f'["+254{national[1:]}"]', f"254{national[1:]} {national}"
            village = village_k[j]
            birth_date = birth_year = None
            estimated = 0
            age = min(int(-28 * math.log(1.0 - r[4])), 99)
            if r[5] < 0.7:
                birth_date = (today - dt.timedelta(days=age * 365 + int(r[6] * 365))).isoformat()
            else:
                birth_year, estimated = now.year - age, 1
            if start_seq + i <= len(SHOWCASE):  # only in a new register
                showcase = SHOWCASE[start_seq + i - 1]
                given, family, sex, birth_date, raw_phone, village, lang = showcase
                national = raw_phone.replace(" ", "")
                phones, phone_digits = f'["+254{national[1:]}"]', f"254{national[1:]} {national}"
                other = ""
                # Either the showcase date or an estimated year, never a random year too.
                birth_year, estimated = (1979, 1) if birth_date is None else (None, 0)
            elif recent and r[7] < 0.01:  # a near-duplicate of someone registered before
                twin = recent[int(r[8] * len(recent))]
                given = VARIANTS.get(twin[3], twin[3])
                family = VARIANTS.get(twin[4], twin[4])
                sex, village = twin[7], twin[14]
                if r[9] < 0.5:
                    phones, phone_digits = twin[11], twin[12]
                birth_date = None
                birth_year = int((twin[8] or str(twin[9]))[:4]) + int(r[10] * 3) - 1
                estimated = 1
            key = keys.get((family, given, other))
            if key is None:
                key = keys[(family, given, other)] = name_key(family, given, other)
            created = stamp(created_ms)
            # Most numbers were confirmed at a recent visit; some long ago; a few never.
            confirmed_ms = max(created_ms, now_ms - int(r[11] * 120 * 86_400_000))
            confirmed = stamp(confirmed_ms)[:10] if r[11] < 0.9 else None
            pid = uuid7(created_ms, rng)
            flags = pick_k[3 * j]  # reused as cheap independent-enough bits for rare flags
            row = (
                pid, format_clinic_number(prefix, seq), seq, given, family, other, key, sex,
                birth_date, birth_year, estimated, phones, phone_digits, confirmed, village, "",
                lang if lang != "ha" else "en", channel_k[j], time_k[j],
                int(pick_k[3 * j + 1] < 20), created[:10] if r[8] < 0.85 else None,
                int(age > 60 and flags % 2 == 0), int(pick_k[3 * j + 2] < 100), "active", "",
                created, created, f"{created_ms:013d}-000000-{site_id}", site_id, 0,
            )
            if r[2] < visit_rate * 0.15 or (r[2] >= 0.15 and r[1] * 2 % 1 < visit_rate):
                for _ in range(1 + seq % 3):
                    visit_ms = created_ms + int(random_() * (now_ms - created_ms))
                    visits.append(_visit(pid, visit_ms, stamp(visit_ms), rng, site_id))
            if len(recent) < 500:
                recent.append(row)
            elif r[7] > 0.99:
                recent[int(r[9] * 500)] = row
            yield row


MAX_PATIENTS = 5_000_000
DEMO_MARK = "demo_data"


def generate(clinic: Clinic, patients: int, seed: int = 1, *, visit_rate: float = 0.5,
             follow_ups_per_patient: float | None = None,
             care_plans: bool = True) -> DemoReport:
    """Fill ``clinic`` with ``patients`` seeded patients; about ``visit_rate`` of them have
    one to three visits, with the appointments, follow-ups and call attempts that followed
    (``follow_ups_per_patient`` adds older closed history up to that many a patient), and
    each patient with a visit a care plan (``care_plans``). The same seed gives the same
    patients.

    Only into a new database or one made by this generator: made-up patients must never
    mix with a real register.
    """
    started = time.perf_counter()
    if not 0 <= patients <= MAX_PATIENTS:
        raise ClinicError(N_("Demo data is for 0 to {0} patients.")
            .format(format(MAX_PATIENTS, ',')))
    if clinic.patients.repo.max_pk() == 0:
        clinic.meta.set_sync_state(DEMO_MARK, "1")
        clinic.settings.update(DEMO_SETTINGS)
        create_demo_accounts(clinic)
    elif clinic.meta.get_sync_state(DEMO_MARK) != "1":
        raise ClinicError(N_("{0} holds a real register: demo patients are only added to a "
                             "new database or to demo data.").format(clinic.path))
    repo = clinic.patients.repo
    args = _Args(patients, repo.next_clinic_seq(), str(clinic.settings.get("site_prefix")),
                 clinic.meta.site_id, seed, clinic.clock.now(), visit_rate,
                 follow_ups_per_patient)
    visits: list[tuple[Any, ...]] = []
    with clinic.db.bulk_build(fresh=repo.max_pk() == 0), clinic.db.transaction() as conn:
        aside = set_aside_for_demo_load(conn, LOADED_TABLES)
        if patients < 50_000:
            no_call: set[str] = set()
            count = repo.bulk_insert(PATIENT_COLUMNS, _rows_for(args, visits, no_call),
                                     aside=aside)
            visits.sort()  # ids are time-ordered: inserting in id order appends to the index
            made = _calls_for(args, visits, no_call)
            rows = {"follow_ups": made.follow_ups, "call_attempts": made.calls,
                    "appointments": made.appointments}
        else:
            count, visits, rows = _generate_in_subprocess(repo, args, aside)
        repo.insert_rows("visits", VISIT_COLUMNS, visits, aside=aside)
        _insert_calls(clinic, rows, aside)
        aside.restore()  # the care plans are made from a query that needs the indexes
        if care_plans:
            _insert_plans(clinic, args, aside)
            aside.restore()
    repo.optimize()
    return DemoReport(count, len(visits), time.perf_counter() - started)


# The tables a demo load fills, in load order.
LOADED_TABLES = ("patients", "visits", "appointments", "follow_ups", "call_attempts",
                 "care_plans")


def _insert_plans(clinic: Clinic, args: _Args, aside: SetAside) -> None:
    from clinic_app.services.demo_plans import PLAN_COLUMNS, plan_rows

    ms = int(args.now.timestamp() * 1000)
    rows = plan_rows(clinic.care_plans.repo.without_plan_after_visit(),
                     random.Random(args.seed * 7919 + 5), site_id=args.site_id, ms=ms,
                     stamp=_Stamps()(ms), clinicians=CLINICIANS)
    clinic.patients.repo.insert_rows("care_plans", PLAN_COLUMNS, rows, aside=aside)


def _calls_for(args: _Args, visits: list[tuple[Any, ...]], no_call: set[str]) -> Any:
    return demo_calls.make(visits, no_call, int(args.now.timestamp() * 1000), args.seed,
                           args.site_id, _Stamps(), args.follow_ups_per_patient, args.patients)


CALL_TABLES = {"appointments": demo_calls.APPOINTMENT_COLUMNS,
               "follow_ups": demo_calls.FOLLOW_UP_COLUMNS, "call_attempts": demo_calls.CALL_COLUMNS}


def _insert_calls(clinic: Clinic, rows: dict[str, list[tuple[Any, ...]]],
                  aside: SetAside) -> None:
    """The call history, then the patient flags it implies (wrong numbers, unreachable)."""
    repo = clinic.patients.repo
    for table, columns in CALL_TABLES.items():
        repo.insert_rows(table, columns, rows.get(table, []), aside=aside)
    clinic.calls.repo.flag_contacts_from_open_tasks()


@dataclass(frozen=True)
class _Args:
    patients: int
    start_seq: int
    prefix: str
    site_id: str
    seed: int
    now: dt.datetime
    visit_rate: float
    follow_ups_per_patient: float | None = None


def _rows_for(args: _Args, visits: list[tuple[Any, ...]],
              no_call: set[str]) -> Iterator[tuple[Any, ...]]:
    """The patient rows; those who asked not to be contacted are noted in ``no_call``."""
    for row in _patient_rows(args.patients, args.start_seq, args.prefix, args.site_id,
                             random.Random(args.seed), args.now, visits, args.visit_rate):
        if row[19]:
            no_call.add(row[0])
        yield row


_CHUNK = 20_000


def _produce(args: _Args, out: Any) -> None:
    """Subprocess: make the rows and send them in chunks; then the sorted visits."""
    gc.disable()  # a million small tuples: the cyclic collector would only slow this down
    try:
        visits: list[tuple[Any, ...]] = []
        no_call: set[str] = set()
        rows = _rows_for(args, visits, no_call)
        while chunk := list(itertools.islice(rows, _CHUNK)):
            out.put(("patients", chunk))
        out.put(("patients_done", None))  # the parent indexes them while the rest is made
        visits.sort()
        made = _calls_for(args, visits, no_call)
        for kind, items in (("visits", visits), ("follow_ups", made.follow_ups),
                            ("call_attempts", made.calls), ("appointments", made.appointments)):
            for i in range(0, len(items), _CHUNK * 5):
                out.put((kind, items[i:i + _CHUNK * 5]))
        out.put(("done", None))
    except BaseException as exc:  # reported to the parent, which raises it
        out.put(("error", repr(exc)))


def _generate_in_subprocess(repo: Any, args: _Args, aside: SetAside) -> tuple[
        int, list[tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]:
    """Large loads: a second process makes rows while this one inserts them (two cores)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue(maxsize=6)
    worker = ctx.Process(target=_produce, args=(args, q), daemon=True)
    worker.start()
    rows: dict[str, list[tuple[Any, ...]]] = {
        "visits": [], "follow_ups": [], "call_attempts": [], "appointments": []}

    def receive(until: str) -> Iterator[tuple[Any, ...]]:
        """The patient rows as they come; the other rows are kept, up to ``until``."""
        while True:
            kind, payload = q.get()
            if kind == "patients":
                yield from payload
            elif kind in rows:
                rows[kind].extend(payload)
            elif kind == "error":
                raise RuntimeError(N_("making demo data failed: {0}").format(payload))
            elif kind == until:
                return

    try:
        count = repo.bulk_insert(PATIENT_COLUMNS, receive("patients_done"), aside=aside)
        for _ in receive("done"):
            pass
    finally:
        worker.join(timeout=5)
        if worker.is_alive():
            worker.terminate()
    return count, rows.pop("visits"), rows


def _visit(patient_id: str, ms: int, stamp: str, rng: random.Random,
           site_id: str) -> tuple[Any, ...]:
    return (
        uuid7(ms, rng), patient_id, stamp[:10], rng.choice(CLINICIANS), rng.choice(REASONS), "",
        int(rng.random() < 0.3), rng.choice((None, None, 3, 7, 14)), stamp, stamp,
        f"{ms:013d}-000000-{site_id}", site_id, 0,
    )
