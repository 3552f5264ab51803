"""Fields a viewer does not see are inside the hash too: who (the account) and where (site)."""

from __future__ import annotations

import pytest

from clinic_app.services.clinic import Clinic


@pytest.mark.parametrize(("column", "value"), [("user_id", "someone-else"),
                                               ("site_id", "another-site")])
def test_changing_a_hidden_field_breaks_the_chain(clinic: Clinic, column: str,
                                                  value: str) -> None:
    for i in range(3):
        clinic.audit.record("patient.open", "patients", f"p{i}")
    assert clinic.audit.verify().ok
    conn = clinic.db.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = 2", (value,))
    result = clinic.audit.verify()
    assert not result.ok
    assert result.broken is not None and result.broken.seq <= 2
