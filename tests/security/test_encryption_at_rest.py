"""A stolen copy of the clinic file reveals nothing; the right key (keyring, key file,
recovery key) opens it; without a secure key store nothing is made, never plain text."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from clinic_app.db.connection import DatabaseWrongKey
from clinic_app.domain.clock import FixedClock
from clinic_app.errors import ClinicError
from clinic_app.security import keys, secrets
from clinic_app.security.keys import KeyNotFound
from clinic_app.security.secrets import KeyringUnavailable
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic
from clinic_app.services.opening import Opened, open_clinic
from tests.security.conftest import fast_hasher, raw_files

# What a thief would look for: names, a village, clinic numbers, phone numbers.
SECRETS_IN_CLEAR = ["González".encode(), b"Gonz", "María".encode(), b"Kibera",
                    b"KIB-000", b"+2547", b"Otieno", "González".encode("utf-16-le")]


def _open(path: Path, clock: FixedClock, **kw: object) -> Opened:
    return open_clinic(path, clock=clock, rng=random.Random(3), password_hasher=fast_hasher(),
                       **kw)


@pytest.fixture
def encrypted(tmp_path: Path, clock: FixedClock, keyring_file: PlaintextKeyring) -> Opened:
    """A new encrypted clinic (key in the file keyring) with 300 demo patients, left open."""
    opened = _open(tmp_path / "clinic.db", clock, create=True)
    demo.generate(opened.clinic, 300, seed=3)
    return opened


def _names_found(data: bytes) -> list[bytes]:
    return [s for s in SECRETS_IN_CLEAR if s in data]


def test_a_stolen_file_shows_no_patient_data(encrypted: Opened, tmp_path: Path) -> None:
    path = encrypted.clinic.path
    assert encrypted.key_source == "keyring" and encrypted.recovery_code
    assert encrypted.clinic.patients.search("González").hits  # the data is there
    read = raw_files(path)
    assert Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0
    assert _names_found(read()) == []  # while the app has it open, -wal included
    encrypted.clinic.close()
    data = read()
    assert len(data) > 100_000 and _names_found(data) == []
    assert not data.startswith(keys.PLAIN_HEADER) and not keys.is_plain(path)

    thief = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        thief.execute("SELECT name FROM sqlite_master").fetchall()
    thief.close()


def test_a_wrong_key_is_refused_and_changes_nothing(encrypted: Opened, tmp_path: Path,
                                                    clock: FixedClock) -> None:
    path = encrypted.clinic.path
    encrypted.clinic.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseWrongKey, match="does not open"):
        Clinic(path, create=False, key=os.urandom(32), clock=clock)
    other_key = tmp_path / "other.key"
    keys.write_key_file(other_key, keys.new_key())
    with pytest.raises(DatabaseWrongKey, match="Nothing was changed"):
        _open(path, clock, key_file=other_key)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_the_right_key_from_the_keyring_opens_it_and_search_works(encrypted: Opened,
                                                                   clock: FixedClock) -> None:
    path = encrypted.clinic.path
    encrypted.clinic.close()
    again = _open(path, clock)
    assert again.key_source == "keyring" and again.recovery_code is None
    clinic = again.clinic
    assert clinic.db.encrypted and clinic.patients.count() == 300
    hits = clinic.patients.search("gonz").hits  # FTS5 prefix search on SQLCipher
    assert any(h.patient.full_name == "María González" for h in hits)
    assert clinic.patients.search("maria gonzalez").hits[0].patient.family_name == "González"
    assert clinic.patients.search("0712 345").hits  # the phone index too
    clinic.close()


def test_lost_keyring_entry_then_recovery_key_typed_loosely(encrypted: Opened,
                                                            clock: FixedClock) -> None:
    path, code = encrypted.clinic.path, encrypted.recovery_code
    assert code is not None
    key = bytes.fromhex(secrets.get_secret(keys.key_id(path)) or "")
    assert keys.parse_recovery_code(code) == key
    encrypted.clinic.close()
    secrets.delete_secret(keys.key_id(path))

    with pytest.raises(KeyNotFound) as lost:
        _open(path, clock)
    message = str(lost.value)
    assert str(path) in message and "recovery key" in message and "Nothing was changed" in message

    typed = code.lower().replace("-", " ")
    opened = _open(path, clock, recovery=typed)
    assert opened.key_source == "recovery key"
    assert opened.clinic.patients.search("González").hits
    opened.clinic.close()
    assert secrets.get_secret(keys.key_id(path)) == key.hex()  # put back in the keyring
    again = _open(path, clock)
    assert again.key_source == "keyring"
    again.clinic.close()


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _one_char_changes(code: str) -> list[str]:
    out = []
    for i, ch in enumerate(code):
        if ch != "-":
            out += [code[:i] + alt + code[i + 1:] for alt in ALPHABET if alt != ch]
    return out


def test_a_recovery_key_with_one_character_changed_is_refused(encrypted: Opened,
                                                               clock: FixedClock) -> None:
    path, code = encrypted.clinic.path, encrypted.recovery_code
    assert code is not None
    key = keys.parse_recovery_code(code)
    encrypted.clinic.close()
    secrets.delete_secret(keys.key_id(path))
    before = path.read_bytes()

    refused, same_key, other_key = [], [], []
    for changed in _one_char_changes(code):
        try:
            parsed = keys.parse_recovery_code(changed)
        except ClinicError as exc:
            assert "recovery key is not right" in str(exc)
            refused.append(changed)
            continue
        (same_key if parsed == key else other_key).append(changed)
    # A typo almost always fails the check characters; one that slips through (an unused
    # bit of the last character aside) still never opens the database.
    assert len(refused) >= 0.97 * len(_one_char_changes(code))
    assert all(c[-1] != code[-1] and c[:-1] == code[:-1] for c in same_key)
    with pytest.raises(ClinicError, match="recovery key is not right") as bad:
        _open(path, clock, recovery=refused[len(refused) // 2])
    assert "check each group" in str(bad.value)
    for changed in other_key:
        with pytest.raises(DatabaseWrongKey):
            _open(path, clock, recovery=changed)
    assert secrets.get_secret(keys.key_id(path)) is None  # nothing wrong was remembered
    assert path.read_bytes() == before


def test_key_file_and_environment_variable(tmp_path: Path, clock: FixedClock,
                                           keyring_file: PlaintextKeyring,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path, key_file = tmp_path / "clinic.db", tmp_path / "keys" / "clinic.key"
    made = _open(path, clock, key_file=key_file, create=True)
    assert made.key_source == f"key file {key_file}" and made.recovery_code
    made.clinic.patients.register(
        {"given_name": "Zawadi", "family_name": "Wanjiku", "sex": "female",
         "birth_year": 1990}, confirmed_new=True)
    made.clinic.close()
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert secrets.get_secret(keys.key_id(path)) is None  # the key file was the choice

    with pytest.raises(KeyNotFound):
        _open(path, clock)
    by_file = _open(path, clock, key_file=key_file)
    assert by_file.clinic.patients.search("Zawadi").hits
    by_file.clinic.close()

    monkeypatch.setenv(keys.ENV_KEY_FILE, str(key_file))
    by_env = _open(path, clock)
    assert by_env.key_source == f"key file {key_file}"
    assert by_env.clinic.patients.search("wanjiku").hits
    by_env.clinic.close()

    code_file = tmp_path / "code.txt"  # a key file may hold the printed recovery key
    code_file.write_text(made.recovery_code.lower() + "\n")
    by_code = _open(path, clock, key_file=code_file)
    assert by_code.clinic.patients.count() == 1
    by_code.clinic.close()


@pytest.mark.parametrize("kind", ["fail", "plaintext picked by keyring", "fail chosen"])
def test_no_secure_keyring_no_database_and_nothing_in_clear(
        kind: str, tmp_path: Path, clock: FixedClock, restore_keyring: None) -> None:
    store = tmp_path / "plain-keyring.cfg"
    if kind.startswith("fail"):
        backend = fail.Keyring()
    else:
        backend = PlaintextKeyring()
        backend.file_path = str(store)
    if kind == "fail chosen":  # an explicit choice of a store that keeps nothing
        secrets.use_backend(backend)
    else:
        keyring.set_keyring(backend)  # keyring's own choice, not the app's opt-in
    assert not secrets.status().usable
    path = tmp_path / "data" / "clinic.db"
    with pytest.raises(KeyringUnavailable) as exc:
        _open(path, clock, create=True)
    assert "key store" in str(exc.value) and "--key-file" in str(exc.value)
    assert "keep secrets on it" in str(exc.value)
    assert not path.parent.exists()
    assert not store.exists()
    with pytest.raises(KeyringUnavailable):
        secrets.set_secret("sync-token", "s3cret")
    assert not store.exists()

    # The explicit alternative still works: a key file the manager keeps safe.
    with_file = _open(path, clock, create=True, key_file=tmp_path / "clinic.key")
    assert with_file.key_source.startswith("key file")
    with_file.clinic.close()
    assert not keys.is_plain(path) and not store.exists()
