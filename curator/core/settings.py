"""User preferences, declared once: typed, with defaults and a schema version.

Window layout (geometry, splitters, columns) is not a preference and lives in QSettings.
"""

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from platformdirs import user_config_dir

from curator.core.clock import system_user

SCHEMA_VERSION = 1
ROLES = ("editor", "reviewer")
THEMES = ("light", "dark")
LANGUAGES = ("auto", "zh_CN", "en")


@dataclass(frozen=True, slots=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    user: str = ""  # empty: the operating-system login
    role: str = "editor"
    theme: str = "light"
    language: str = "auto"
    font_size: int = 15
    snap_to_words: bool = True
    suggestions_enabled: bool = True
    # Train the suggestion model with LAC's second opinion (curator.nlp.second_opinion): more
    # accurate, about 3× slower suggestions; it takes effect at the next training.
    second_opinion: bool = False
    last_library: str = ""

    @property
    def user_name(self) -> str:
        return self.user or system_user()


def default_settings_path() -> Path:
    return Path(user_config_dir("Curator", appauthor=False)) / "settings.json"


def _valid(settings: Settings) -> Settings:
    """Fall back to the default for any value out of its range, rather than failing to start."""
    default = Settings()
    checks = {"role": ROLES, "theme": THEMES, "language": LANGUAGES}
    fixes = {name: getattr(default, name) for name, allowed in checks.items() if getattr(settings, name) not in allowed}
    if not 8 <= settings.font_size <= 40:
        fixes["font_size"] = default.font_size
    return replace(settings, **fixes, schema_version=SCHEMA_VERSION)


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing, unreadable or partly wrong file yields defaults for what is wrong."""
    path = path or default_settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    values = {}
    for name, value in raw.items():
        if name in known and type(value) is known[name]:
            values[name] = value
    return _valid(Settings(**values))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    # Written aside then renamed, so a crash never leaves half a file.
    temporary.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)
