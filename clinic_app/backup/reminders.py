"""Whether the clinic needs reminding to back up (the banner managers see)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clinic_app.marks import N_

LAST_VERIFIED = "last_verified_backup_at"  # written by BackupService after a verified backup


def backup_due(clinic: Any) -> str:
    """The reminder to show, in plain words, or "" when the last verified backup is recent
    enough (the ``backup_reminder_days`` setting, 7 by default)."""
    days = int(clinic.settings.get("backup_reminder_days"))
    last = clinic.meta.get_sync_state(LAST_VERIFIED)
    if not last:
        return N_("No verified backup of this clinic yet.")
    try:
        when = dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
    except ValueError:
        return N_("No verified backup of this clinic yet.")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    age = (clinic.clock.now() - when).days
    if age < days:
        return ""
    return N_("The last verified backup was made {0} days ago.").format(age)
