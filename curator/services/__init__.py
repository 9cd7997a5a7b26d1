"""Use cases called by both the command line and the GUI; each change returns what changed."""
