"""A restore that fails or is cut off (an error, or the process killed like a power cut)
at any stage leaves the clinic database whole: the original, or the backup fully in place."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clinic_app.backup import BackupService
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic
from tests.backup.conftest import PASSPHRASE, all_rows

Make = Callable[..., BackupService]
ROOT = Path(__file__).resolve().parents[2]
STAGES = ["staged", "aside", "closed", "before_replace"]


class PowerCut(Exception):
    pass


@pytest.fixture
def scene(plain: Clinic, stick: Path, make_service: Make) -> dict[str, Any]:
    """A backup, then a change: the original and the backup differ."""
    backup = make_service(plain).backup(stick, PASSPHRASE).path
    backed_up = all_rows(plain.path)
    plain.settings.update({"clinic_phone": "0700 000 111"})
    plain.patients.register({"given_name": "After", "family_name": "Backup", "sex": "male",
                             "birth_year": 1975}, confirmed_new=True)
    plain.close()
    return {"backup": backup, "original": all_rows(plain.path), "backed_up": backed_up}


def _without_restore_audit(rows: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rows.items() if k not in ("audit_log", "sync_state")}


@pytest.mark.parametrize("stage", STAGES)
def test_a_failure_before_the_swap_leaves_the_original(plain: Clinic, scene: dict[str, Any],
                                                       make_service: Make, clock: FixedClock,
                                                       stage: str) -> None:
    folder = plain.path.parent
    before = sorted(p.name for p in folder.iterdir())

    def hook(at: str) -> None:
        if at == stage:
            raise PowerCut(at)

    clinic = Clinic(plain.path, create=False, clock=clock)
    with pytest.raises(PowerCut):
        make_service(clinic, hook=hook).restore(scene["backup"], PASSPHRASE)
    clinic.close()
    assert sorted(p.name for p in folder.iterdir()) == before  # no staged file, no aside
    after = all_rows(plain.path)
    assert _without_restore_audit(after) == _without_restore_audit(scene["original"])
    reopened = Clinic(plain.path, create=False, clock=clock)
    assert reopened.patients.search("After Backup").hits
    assert reopened.db.check() == "ok" and reopened.audit.verify().ok
    reopened.close()


_CHILD = textwrap.dedent("""
    import os, sys, datetime as dt
    from pathlib import Path
    from clinic_app.backup import BackupService, KdfParams
    from clinic_app.domain.clock import FixedClock
    from clinic_app.services.clinic import Clinic
    db, backup, stage = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    clinic = Clinic(db, create=False,
                    clock=FixedClock(dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)))
    clinic.patients.count()  # the database open, its log in use, as in the app

    def hook(at):
        if at == stage:
            os._exit(17)  # the power goes: no clean-up, no closing

    BackupService(clinic, kdf=KdfParams(1, 1024, 1), hook=hook).restore(
        backup, "river stone mango lantern")
    os._exit(3)
""")


@pytest.mark.parametrize("stage", [*STAGES, "replaced"])
def test_a_power_cut_at_any_stage_leaves_one_whole_database(plain: Clinic,
                                                            scene: dict[str, Any],
                                                            clock: FixedClock,
                                                            stage: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(plain.path), str(scene["backup"]),
                           stage], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 17, done.stderr[-3000:]
    reopened = Clinic(plain.path, create=False, clock=clock)
    try:
        assert reopened.db.check() == "ok" and reopened.audit.verify().ok
        after = _without_restore_audit(all_rows(plain.path))
        original = _without_restore_audit(scene["original"])
        found = reopened.patients.search("After Backup").hits
        if stage == "replaced":  # the swap was done: the backup, whole
            assert not found and after == _without_restore_audit(scene["backed_up"])
        else:  # the swap never happened: the original, whole
            assert found and after == original
    finally:
        reopened.close()
