"""Accounts, roles, audit trail, secrets in the OS keyring, database keys. No Qt."""
