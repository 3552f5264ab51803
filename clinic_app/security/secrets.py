"""The one place secrets are kept: the OS keyring (database key, backup passphrase, sync token).

Never a silent plain-text fallback: when the OS has no secure keyring (or keyring picked a
plain-text file store on its own), ``status()`` says so and every call raises
``KeyringUnavailable`` with what to do. A backend chosen explicitly (``use_backend``, or keyring's
own PYTHON_KEYRING_BACKEND / keyringrc.cfg: an administrator's opt-in, or the tests' file
backend) is used as chosen.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from clinic_app.errors import ClinicError

logger = logging.getLogger(__name__)

SERVICE = "clinic-companion"
# Backends that keep nothing, or keep secrets in clear.
_INSECURE = {
    "keyring.backends.fail.Keyring", "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring", "keyrings.alt.Gnome.Keyring",
}
# Backends that keep nothing at all: no key store, even when chosen explicitly.
_NOTHING = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}
_explicit: Any = None


class KeyringUnavailable(ClinicError):
    pass


@dataclass(frozen=True)
class KeyringStatus:
    name: str
    usable: bool
    reason: str


def use_backend(backend: Any) -> None:
    """Explicitly choose the keyring backend (opt-in; also how tests pick a file backend)."""
    import keyring

    global _explicit
    keyring.set_keyring(backend)
    _explicit = backend


def _configured() -> bool:
    """An administrator chose the backend in keyring's own settings (environment variable
    PYTHON_KEYRING_BACKEND or keyringrc.cfg): an explicit choice, honoured as made."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        from keyring.core import load_config

        return load_config() is not None
    except Exception:  # a broken keyringrc is no choice at all
        return False


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _secure(backend: Any) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's chainer: secure if any link is
        return any(_secure(b) for b in children)
    return _qualname(backend) not in _INSECURE


def status() -> KeyringStatus:
    import keyring

    backend = keyring.get_keyring()
    name = getattr(backend, "name", None) or _qualname(backend)
    if _qualname(backend) in _NOTHING:
        return KeyringStatus(str(name), False,
                             f"This PC has no key store (keyring is set to '{name}', which "
                             "keeps nothing), so the app cannot keep secrets on it.")
    if (_explicit is not None and backend is _explicit) or _configured():
        return KeyringStatus(str(name), True, "chosen explicitly")
    if _secure(backend):
        return KeyringStatus(str(name), True, "the operating system's key store")
    return KeyringStatus(str(name), False,
                         "This PC has no secure key store (such as GNOME Keyring, KWallet or "
                         "the Windows Credential Manager), so the app will not keep secrets "
                         "on it.")


def _backend() -> Any:
    import keyring

    state = status()
    if not state.usable:
        raise KeyringUnavailable(state.reason + " Use a key file (--key-file) or enter the "
                                 "recovery key when asked.")
    return keyring.get_keyring()


def get_secret(name: str) -> str | None:
    from keyring.errors import KeyringError

    try:
        return _backend().get_password(SERVICE, name)
    except (KeyringError, OSError) as exc:  # OSError: a file-based store
        raise KeyringUnavailable(f"The key store could not be read: "
                                 f"{str(exc).rstrip('.')}.") from None


def set_secret(name: str, value: str) -> None:
    from keyring.errors import KeyringError

    try:
        _backend().set_password(SERVICE, name, value)
    except (KeyringError, OSError) as exc:  # OSError: a file-based store
        raise KeyringUnavailable(f"The key store could not be written: "
                                 f"{str(exc).rstrip('.')}.") from None


def delete_secret(name: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _backend().delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except (KeyringError, OSError) as exc:  # OSError: a file-based store
        raise KeyringUnavailable(f"The key store could not be changed: "
                                 f"{str(exc).rstrip('.')}.") from None
