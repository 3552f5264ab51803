"""Use cases the CLI and the GUI share. No Qt here."""
