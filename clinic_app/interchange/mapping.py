"""Which column of a patient list holds what: matched from the headers in English, Spanish
and French, overridden by a person (the wizard) or by a JSON mapping file (the CLI).

A mapping file is ``{"columns": {"Header in the file": "field" or null}}`` (a plain
``{"Header": "field"}`` object works too) and may add ``"date_order": "day-first"`` or
``"month-first"``. Columns it does not name keep their automatic match.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from clinic_app.domain.text import fold
from clinic_app.errors import ClinicError
from clinic_app.marks import N_

IGNORE = ""

#: field -> what a person reads (English; the wizard translates)
FIELDS: dict[str, str] = {
    "given_name": "First name",
    "family_name": "Family name",
    "family_name_2": "Second family name",
    "other_names": "Other names",
    "full_name": "Full name (first and family)",
    "sex": "Sex",
    "birth_date": "Date of birth",
    "age": "Age (years)",
    "birth_year": "Year of birth",
    "birth_year_estimated": "Year of birth is an estimate (yes/no)",
    "phone": "Phone",
    "village": "Village / town",
    "address": "Address",
    "preferred_language": "Language",
    "notes": "Notes",
    "previous_number": "Number in the old system",
    "support_name": "Support person",
    "support_relationship": "Support person's relationship",
    "support_phone": "Support person's phone",
    "do_not_contact": "Do not contact",
    "status": "Status (active, moved, deceased)",
}
#: fields that several columns may feed (each adds a phone)
MULTI = {"phone"}
NAME_FIELDS = ("given_name", "family_name", "full_name")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_name": (
        "first name", "firstname", "first names", "given name", "given names", "forename",
        "forenames", "christian name", "prenom", "prenoms", "nombre", "nombres",
        "primer nombre", "nombre de pila", "patient first name"),
    "family_name": (
        "last name", "lastname", "surname", "family name", "family names", "nom",
        "nom de famille", "nom patronymique", "apellido", "apellidos", "primer apellido",
        "apellido paterno", "patient last name"),
    "family_name_2": ("segundo apellido", "apellido materno", "second surname"),
    "other_names": (
        "middle name", "middle names", "other names", "other name", "second name",
        "autres prenoms", "deuxieme prenom", "second prenom", "segundo nombre",
        "otros nombres"),
    "full_name": (
        "name", "full name", "patient name", "patient", "names", "nom complet",
        "nom et prenom", "nom prenom", "noms et prenoms", "nom du patient", "nombre completo",
        "nombre y apellidos", "nombre del paciente", "paciente", "apellidos y nombres",
        "patient full name"),
    "sex": ("sex", "gender", "sexe", "genre", "sexo", "genero", "m f", "f m", "h f"),
    "birth_date": (
        "date of birth", "dob", "d o b", "birth date", "birthdate", "birthday", "born",
        "date born", "date de naissance", "ddn", "ne le", "nee le", "ne e le",
        "naissance", "fecha de nacimiento", "fecha nacimiento", "f nacimiento", "f nac",
        "fnac", "nacimiento", "fecha de nac"),
    "age": ("age", "age years", "age in years", "edad", "anos", "age ans", "edad anos"),
    "birth_year": (
        "year of birth", "birth year", "yob", "annee de naissance", "ano de nacimiento",
        "ano nacimiento"),
    "phone": (
        "phone", "phone number", "telephone", "telephone number", "tel", "tel no",
        "mobile", "mobile number", "mobile phone", "cell", "cellphone", "cell phone",
        "contact number", "phone no", "numero de telephone", "portable", "telephone portable",
        "gsm", "telefono", "numero de telefono", "celular", "movil", "telefono movil",
        "phone 2", "second phone", "other phone", "alternative phone", "telephone 2",
        "telefono 2", "tel 2", "phone 1", "telephone 1", "telefono 1"),
    "village": (
        "village", "town", "city", "locality", "location", "area", "residence", "ville",
        "quartier", "localite", "commune", "pueblo", "aldea", "localidad", "barrio",
        "comunidad", "ciudad", "vereda", "municipio", "lieu de residence"),
    "address": ("address", "street address", "home address", "adresse", "direccion",
                "domicilio", "street"),
    "preferred_language": ("language", "preferred language", "langue", "langue parlee",
                           "idioma", "lengua", "idioma preferido"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "remarques",
              "observations", "commentaires", "notas", "observaciones", "comentarios"),
    "previous_number": (
        "id", "patient id", "patient number", "clinic number", "clinic no", "file number",
        "file no", "record number", "mrn", "hospital number", "opd number",
        "numero de dossier", "n dossier", "no dossier", "dossier", "numero patient",
        "numero de historia", "historia clinica", "expediente", "numero de expediente",
        "no historia", "identifiant"),
    "support_name": (
        "support person", "next of kin", "emergency contact", "caregiver", "carer",
        "guardian", "treatment supporter", "personne de confiance", "contact d urgence",
        "personne a prevenir", "tuteur", "contacto de emergencia", "acompanante",
        "persona de apoyo", "tutor", "cuidador"),
    "support_relationship": (
        "relationship", "relation", "next of kin relationship", "lien", "lien de parente",
        "parente", "parentesco", "relacion"),
    "support_phone": (
        "support phone", "next of kin phone", "emergency contact phone", "emergency phone",
        "caregiver phone", "guardian phone", "telephone du contact",
        "telephone personne de confiance", "telefono de emergencia", "telefono del contacto"),
    "do_not_contact": ("do not contact", "do not call", "dnc", "ne pas contacter",
                       "ne pas appeler", "no contactar", "no llamar"),
    "status": ("status", "patient status", "statut", "estado", "vital status"),
    IGNORE: ("reason", "rejected because", "row"),  # columns of a rejects file
}


def normal(header: str) -> str:
    """A header folded for matching: 'Fecha de Nacimiento:' -> 'fecha de nacimiento'."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


_EXACT: dict[str, str] = {syn: field for field, syns in _SYNONYMS.items() for syn in syns}
_BY_LENGTH = sorted(_EXACT, key=len, reverse=True)


def match_header(header: str) -> str | None:
    """The field a header names, None when nothing matches (IGNORE for known extras)."""
    key = normal(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    padded = f" {key} "
    for syn in _BY_LENGTH:  # the longest synonym inside the header: 'Patient's date of birth'
        if len(syn) > 3 and f" {syn} " in padded:
            return _EXACT[syn]
    return None


def auto_map(header: list[str]) -> list[str]:
    """A field (or IGNORE) for each column, each field used once except phones."""
    out: list[str] = []
    used: set[str] = set()
    for h in header:
        field = match_header(h)
        if field is None or (field in used and field not in MULTI):
            out.append(IGNORE)
            continue
        out.append(field)
        used.add(field)
    # Spanish 'Nombre' alone (no family-name column) is the whole name.
    if "given_name" in used and "family_name" not in used and "full_name" not in used:
        i = out.index("given_name")
        if normal(header[i]) in ("nombre", "nombres", "name"):
            out[i] = "full_name"
    return out


def check_mapping(header: list[str], fields: list[str]) -> list[str]:
    """Problems a person must fix before the import can run (empty when it can)."""
    problems = []
    chosen = [f for f in fields if f]
    if not any(f in chosen for f in NAME_FIELDS):
        problems.append(N_("No column holds the patients' names: choose which column is the "
                           "first name, family name or full name."))
    for field in set(chosen) - MULTI:
        if chosen.count(field) > 1:
            names = [h for h, f in zip(header, fields, strict=True) if f == field]
            problems.append(N_("Columns {0} are all '{1}': choose one.").format(
                ', '.join(repr(n) for n in names), FIELDS.get(field, field)))
    return problems


def load_mapping_file(path: Path, header: list[str]) -> tuple[dict[int, str], str | None]:
    """(column index -> field, date order) from a JSON mapping file; ClinicError if bad."""
    try:
        raw: Any = json.loads(path.read_text("utf-8-sig"))
    except FileNotFoundError:
        raise ClinicError(N_("There is no mapping file {0}.").format(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClinicError(N_("The mapping file {0} cannot be read ({1}).").format(
            path, exc)) from None
    except json.JSONDecodeError as exc:
        raise ClinicError(N_("The mapping file {0} is not valid JSON ({1} at line {2}).").format(
            path, exc.msg, exc.lineno)) from None
    if not isinstance(raw, dict):
        raise ClinicError(N_('The mapping file should hold an object like {"columns": '
                             '{"Nom": "family_name"}}.'))
    order = raw.get("date_order")
    if order not in (None, "day-first", "month-first"):
        raise ClinicError(N_("date_order in the mapping file should be 'day-first' or "
                             "'month-first'."))
    columns = raw.get("columns", {k: v for k, v in raw.items() if k != "date_order"})
    if not isinstance(columns, dict):
        raise ClinicError(N_('"columns" in the mapping file should be an object like {"Nom":'
                             ' "family_name"}.'))
    by_name = {h: i for i, h in enumerate(header)}
    by_normal = {normal(h): i for i, h in enumerate(header)}
    out: dict[int, str] = {}
    for name, field in columns.items():
        field = field or IGNORE
        if not isinstance(field, str) or (field and field not in FIELDS):
            raise ClinicError(N_("The mapping file maps '{0}' to {1}, which is not a field. "
                                 "Use one of: {2} (or null to skip).").format(
                                     name, repr(field), ', '.join(FIELDS)))
        index = by_name.get(str(name), by_normal.get(normal(str(name))))
        if index is None:
            raise ClinicError(N_("The mapping file names a column '{0}' that the file does "
                                 "not have. Its columns are: {1}.").format(name, ', '.join(header)))
        out[index] = field
    return out, order


# values -----------------------------------------------------------------------------------
_SEX = {
    "female": ("f", "female", "woman", "girl", "femme", "feminin", "fille", "femenino",
               "mujer", "nina", "fem", "w"),
    "male": ("m", "male", "man", "boy", "homme", "masculin", "garcon", "masculino", "hombre",
             "nino", "masc", "h", "v", "varon"),
    "other": ("other", "autre", "otro", "otra", "x"),
    "unknown": ("unknown", "inconnu", "desconocido", "u", "?", "nk", "not known"),
}
_SEX_VALUES = {v: sex for sex, values in _SEX.items() for v in values}


def sex_reader(values: list[str]) -> dict[str, str]:
    """Cell value (folded) -> sex for one column. Spanish lists write H (hombre) and
    M (mujer): when a column holds H and no F, M means female."""
    codes = {fold(v).strip().rstrip(".") for v in values if v.strip()}
    table = dict(_SEX_VALUES)
    if "h" in codes and "f" not in codes:
        table["m"] = "female"
    return table


def read_sex(value: str, table: dict[str, str]) -> str:
    key = fold(value).strip().rstrip(".")
    return table.get(key, value)


_LANGUAGES = {
    "en": ("en", "eng", "english", "anglais", "ingles"),
    "es": ("es", "spa", "spanish", "espanol", "espagnol", "castellano"),
    "fr": ("fr", "fra", "fre", "french", "francais", "frances"),
    "sw": ("sw", "swa", "swahili", "kiswahili"),
    "ha": ("ha", "hau", "hausa"),
}
_LANGUAGE_VALUES = {v: code for code, values in _LANGUAGES.items() for v in values}


def read_language(value: str) -> str:
    key = normal(value)
    return _LANGUAGE_VALUES.get(key, _LANGUAGE_VALUES.get(key.split(" ")[0] if key else "",
                                                          value))


_STATUS = {
    "active": ("active", "actif", "activo", "alive", "vivant", "vivo", "a"),
    "moved": ("moved", "transferred", "transferred out", "demenage", "transfere",
              "trasladado", "mudado"),
    "deceased": ("deceased", "dead", "died", "decede", "decedee", "mort", "morte",
                 "fallecido", "fallecida", "muerto", "muerta", "d"),
}
_STATUS_VALUES = {v: code for code, values in _STATUS.items() for v in values}


def read_status(value: str) -> str:
    return _STATUS_VALUES.get(normal(value), value)


_YES = {"yes", "y", "oui", "o", "si", "s", "true", "vrai", "verdadero", "1", "x"}
_NO = {"no", "n", "non", "false", "faux", "falso", "0", ""}


def read_yes_no(value: str) -> str:
    key = normal(value)
    if key in _YES:
        return "yes"
    if key in _NO:
        return "no"
    return value


_AGE = re.compile(r"^(\d{1,3})(?:[.,]\d+)?\s*([a-z]*)")


def read_age(value: str) -> str:
    """'34', '34 years', '34 ans', '34 años' -> '34'; '6 months' / '6 mois' -> '0'."""
    m = _AGE.match(fold(value).strip())
    if not m:
        return value
    unit = m.group(2)
    if unit.startswith(("mo", "mes", "m")) and not unit.startswith("mi"):
        return "0"
    if unit.startswith(("w", "sem", "d", "j")):
        return "0"
    return m.group(1)


def split_phones(value: str) -> list[str]:
    """'0712 345 678 / 0733 111 222' -> two numbers."""
    parts = re.split(r"\s*(?:[;,|/]|\bor\b|\bou\b|\bo\b)\s*", value.strip())
    return [p for p in parts if p.strip()]
