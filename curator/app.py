"""The way from the command line to the window, which lives in curator.gui (the only package with Qt)."""


def run_gui(db_location: str | None = None, user: str | None = None) -> int:
    """Open the annotation workbench; returns the process exit code."""
    from curator.gui.application import run_gui as run  # Qt loads only when the window is wanted

    return run(db_location=db_location, user=user)
