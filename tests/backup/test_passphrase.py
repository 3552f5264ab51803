"""Where the backup passphrase comes from (a file, the environment, the keyring; never the
command line), how strong it must be, and that it is never stored in the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from clinic_app.backup import (
    BackupService,
    PassphraseMissing,
    forget_passphrase,
    passphrase_from,
    passphrase_strength,
    remember_passphrase,
)
from clinic_app.backup.service import ENV_PASSPHRASE, MIN_SCORE
from clinic_app.security import secrets
from clinic_app.services.clinic import Clinic
from tests.backup.conftest import PASSPHRASE

Make = Callable[..., BackupService]


def test_sources_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PassphraseMissing) as caught:
        passphrase_from(None)
    message = str(caught.value)
    assert ENV_PASSPHRASE in message and "never typed on the command line" in message
    remember_passphrase("from the key store now")
    assert passphrase_from(None) == "from the key store now"
    monkeypatch.setenv(ENV_PASSPHRASE, "from the environment")
    assert passphrase_from(None) == "from the environment"
    file = tmp_path / "passphrase.txt"
    file.write_text("  from a file, spaces kept \r\nsecond line ignored\n", "utf-8")
    assert passphrase_from(file) == "  from a file, spaces kept "
    forget_passphrase()
    forget_passphrase()  # forgetting twice is fine
    monkeypatch.delenv(ENV_PASSPHRASE)
    with pytest.raises(PassphraseMissing):
        passphrase_from(None)


def test_a_bad_passphrase_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(PassphraseMissing, match="cannot be read"):
        passphrase_from(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_text("\n")
    with pytest.raises(PassphraseMissing, match="is empty"):
        passphrase_from(tmp_path / "empty.txt")


def test_no_key_store_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    secrets.use_backend(fail.Keyring())
    with pytest.raises(PassphraseMissing, match="no key store"):
        passphrase_from(None)
    with pytest.raises(secrets.KeyringUnavailable):
        remember_passphrase("river stone mango lantern")


@pytest.mark.parametrize(("text", "score"), [
    ("", 0), ("abc", 0), ("kibera1", 1), ("kibera12", 2), ("aaaaaaaaaaaaaaaaaaaa", 1),
    ("Kibera-2026!", 3), ("river stone mango lantern", 4), ("one two six ten", 3),
    ("ox by me it", 2),
    ("river stone mango lantern tiger", 4), ("correct horse battery staple!", 4),
])
def test_strength(text: str, score: int) -> None:
    got, words = passphrase_strength(text)
    assert got == score, words
    assert words.endswith(".")


def test_a_weak_passphrase_makes_no_backup(plain: Clinic, stick: Path,
                                           make_service: Make) -> None:
    with pytest.raises(Exception, match="too weak: Too short") as caught:
        make_service(plain).backup(stick, "kibera12")
    assert "Nothing was saved" in str(caught.value) and list(stick.iterdir()) == []
    assert passphrase_strength(PASSPHRASE)[0] >= MIN_SCORE


def test_the_passphrase_is_stored_nowhere_in_the_database(plain: Clinic, stick: Path,
                                                          make_service: Make) -> None:
    remember_passphrase(PASSPHRASE)
    make_service(plain).backup(stick, passphrase_from(None))
    plain.close()
    data = b"".join(p.read_bytes() for p in plain.path.parent.iterdir() if p.is_file())
    assert PASSPHRASE.encode() not in data
    assert not [p for p in stick.iterdir() if PASSPHRASE.encode() in p.read_bytes()]
