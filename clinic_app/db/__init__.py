"""SQLite storage: connection, migrations, repositories. The only package with SQL."""
