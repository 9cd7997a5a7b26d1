"""The Qt front end: the only package that imports PySide6.

The services its modules import load first, before any of them imports Qt: PySide6 reads the
source of every module imported after it (its `__feature__` import hook, PYSIDE-2029), which
cost the window's start a tenth of a second for SQLAlchemy and the services alone (issue 16).
tests/gui/test_start_up.py fails when a GUI module imports a service missing here.
"""

import gc
import importlib

# Not `importing`: the import dialog loads it, and the readers with it, when first used.
WINDOW_SERVICES = ("agreement", "article_details", "article_status", "blind_tagging", "changes", "deletion", "export",
                   "history", "import_tagged", "library", "members", "registry", "registry_views", "review", "stats",
                   "suggestions", "tagging", "watching")

# SQLAlchemy, SQLModel and the services make objects by the hundred thousand and hardly any
# garbage: the cyclic collector, paused meanwhile, would walk them again and again (issue 16).
_collecting = gc.isenabled()
gc.disable()
try:
    for _service in WINDOW_SERVICES:
        importlib.import_module(f"curator.services.{_service}")
finally:
    gc.freeze()
    if _collecting:
        gc.enable()
