"""USB backup and restore: verified, compressed, encrypted backups (no Qt here).

``service.BackupService`` is the use case; ``container`` the file format; ``rotation`` the
rule for which old backups a drive lets go.
"""

from clinic_app.backup.container import (
    BackupFileError,
    Damaged,
    KdfParams,
    NotABackup,
    TooNew,
    WrongPassphrase,
)
from clinic_app.backup.service import (
    BackupCancelled,
    BackupFailed,
    BackupResult,
    BackupService,
    Manifest,
    PassphraseMissing,
    RestoreResult,
    StickFull,
    StickRemoved,
    VerifyResult,
    forget_passphrase,
    inspect_file,
    passphrase_from,
    passphrase_strength,
    remember_passphrase,
    verify_file,
)

__all__ = [
    "BackupCancelled", "BackupFailed", "BackupFileError", "BackupResult", "BackupService",
    "Damaged", "KdfParams", "Manifest", "NotABackup", "PassphraseMissing", "RestoreResult",
    "StickFull", "StickRemoved", "TooNew", "VerifyResult", "WrongPassphrase",
    "forget_passphrase", "inspect_file", "passphrase_from", "passphrase_strength",
    "remember_passphrase", "verify_file",
]
