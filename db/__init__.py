"""SQLite storage: schema, migrations and every query of the project."""
