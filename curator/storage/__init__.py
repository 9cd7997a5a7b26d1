"""Storage: the engine, migrations and repositories. All SQL lives here."""
