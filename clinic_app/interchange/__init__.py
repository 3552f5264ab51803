"""Patient lists in and out: CSV import (dry run, duplicates, rejects), CSV and FHIR R4
export, FHIR import. No Qt here: the wizard (ui/import_wizard.py) and the CLI sit on it."""
