"""The window's own preferences (QSettings): UI state only, never anything from a vault.

Kept in an INI file under the user's config folder (found via ``platformdirs`` each time, so
a changed ``XDG_CONFIG_HOME`` is honoured). Keys: language, idle minutes, lock on minimise,
window geometry, the last vault's *location* (if the adviser lets us remember it), and the
folder and number of the automatic backups.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from vpdesk.paths import default_backups_dir
from vpdesk.vault.autobackup import DEFAULT_KEEP

LANGUAGE = "ui/language"
IDLE_MINUTES = "lock/idle_minutes"
LOCK_ON_MINIMISE = "lock/on_minimise"
REMEMBER_LAST = "vault/remember_last"
LAST_VAULT = "vault/last_location"
GEOMETRY = "window/geometry"
BACKUP_FOLDER = "backup/folder"
BACKUP_KEEP = "backup/keep"

DEFAULT_LANGUAGE = "nl"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
MIN_KEEP, MAX_KEEP = 1, 365


def settings_file() -> Path:
    """Where the preferences live (created on first write)."""
    return Path(platformdirs.user_config_dir("vpdesk", appauthor=False)) / "vpdesk.ini"


def ui_settings() -> QSettings:
    """A QSettings over the preferences file."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def language() -> str:
    value = str(ui_settings().value(LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in ("nl", "en") else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    if lang not in ("nl", "en"):
        raise ValueError(f"unsupported language {lang!r}")
    ui_settings().setValue(LANGUAGE, lang)


def _whole_number(key: str, default: int, low: int, high: int) -> int:
    """The setting ``key`` as a whole number from ``low`` to ``high``; ``default`` if unreadable."""
    try:
        value = int(str(ui_settings().value(key, default)))
    except (TypeError, ValueError):
        return default
    return min(max(value, low), high)


def idle_minutes() -> int:
    return _whole_number(IDLE_MINUTES, DEFAULT_IDLE_MINUTES, MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)


def set_idle_minutes(minutes: int) -> None:
    ui_settings().setValue(IDLE_MINUTES, int(minutes))


def lock_on_minimise() -> bool:
    return _bool(ui_settings().value(LOCK_ON_MINIMISE), False)


def set_lock_on_minimise(on: bool) -> None:
    ui_settings().setValue(LOCK_ON_MINIMISE, bool(on))


def remember_last_vault() -> bool:
    return _bool(ui_settings().value(REMEMBER_LAST), True)


def set_remember_last_vault(on: bool) -> None:
    s = ui_settings()
    s.setValue(REMEMBER_LAST, bool(on))
    if not on:
        s.remove(LAST_VAULT)


def last_vault() -> Path | None:
    """The last vault's location, if remembered and still there."""
    if not remember_last_vault():
        return None
    value = ui_settings().value(LAST_VAULT)
    if not value:
        return None
    return Path(str(value))


def set_last_vault(path: Path) -> None:
    if remember_last_vault():
        ui_settings().setValue(LAST_VAULT, str(Path(path).resolve()))


def qt_settings_dir() -> Path:
    """Where Qt's own per-user settings (file dialog state) go while vpdesk runs."""
    return settings_file().parent / "qt"


def redirect_qt_settings() -> None:
    """Keep Qt's own settings (the file dialog's folder history) beside ours, not shared."""
    folder = str(qt_settings_dir())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def forget_file_dialog_history() -> None:
    """Drop the folders the file dialogs remember (they may name a client or a case)."""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.beginGroup("FileDialog")
    for key in ("history", "lastVisited", "shortcuts"):
        qt.remove(key)
    qt.endGroup()
    qt.sync()


def backup_folder() -> Path:
    """Where the automatic backups go."""
    value = ui_settings().value(BACKUP_FOLDER)
    return Path(str(value)) if value else default_backups_dir()


def set_backup_folder(folder: Path | None) -> None:
    """Use ``folder`` for the automatic backups (None: back to the default)."""
    settings = ui_settings()
    if folder is None:
        settings.remove(BACKUP_FOLDER)
    else:
        settings.setValue(BACKUP_FOLDER, str(Path(folder).expanduser().resolve()))


def backup_keep() -> int:
    """How many automatic backups of a vault are kept."""
    return _whole_number(BACKUP_KEEP, DEFAULT_KEEP, MIN_KEEP, MAX_KEEP)


def set_backup_keep(keep: int) -> None:
    ui_settings().setValue(BACKUP_KEEP, int(keep))
