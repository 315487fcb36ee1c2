"""One calm, translated sentence for every error the window shows.

Never anything read from the vault or a file: the sentence depends on the kind of error only.
Errors of the vault's own rules (:class:`~vpdesk.domain.errors.VpdeskError`) say what went wrong
in their own words, which never quote what a reporter said.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vpdesk.domain.errors import ValidationError, VpdeskError
from vpdesk.gui import ui_settings
from vpdesk.gui.i18n import current_language
from vpdesk.vault import (
    DiskFull,
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)


def _opening(exc: BaseException) -> str | None:
    if isinstance(exc, NotAVault):
        return QCoreApplication.translate("MainWindow", "This file is not a vpdesk vault.")
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "MainWindow", "That passphrase does not open this vault. Check the spelling and try again."
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "MainWindow",
            "This vault file is damaged and cannot be read. Open your most recent backup "
            "instead: vpdesk makes one in %1 when you lock or close a vault, at most once a day "
            "(and you may have your own copies).",
        ).replace("%1", str(ui_settings.backup_folder()))
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "MainWindow", "This vault is already open in another vpdesk window. Close it there first."
        )
    if isinstance(exc, VaultTooNew):
        return QCoreApplication.translate(
            "MainWindow", "This vault was made by a newer version of vpdesk. Update vpdesk to open it."
        )
    if isinstance(exc, VaultNotFound):
        return QCoreApplication.translate("MainWindow", "There is no vault at this location.")
    if isinstance(exc, VaultExists):
        return QCoreApplication.translate(
            "MainWindow", "A file with this name already exists; choose another name."
        )
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate(
            "MainWindow", "The disk is full or could not be written. Nothing was changed."
        )
    return None


def _restoring(exc: BaseException) -> str:
    if isinstance(exc, (WrongPassphrase, NotAVault)):
        return QCoreApplication.translate(
            "RestoreDialog",
            "This passphrase does not open the backup, or it is not a vpdesk backup. Nothing was changed.",
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "RestoreDialog", "This backup is damaged too; choose another one. Nothing was changed."
        )
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "RestoreDialog", "The vault is open in another vpdesk window. Close it there first."
        )
    return QCoreApplication.translate(
        "RestoreDialog", "The backup could not be restored. Nothing was changed."
    )


def user_message(exc: BaseException, *, restoring: bool = False) -> str:
    """The sentence the window shows for ``exc``.

    ``restoring``: the error came from restoring a backup (the passphrase is the backup's).
    Anything unforeseen reads as "the vault could not be opened": no traceback, no details.
    """
    if restoring:
        return _restoring(exc)
    opening = _opening(exc)
    if opening is not None:
        return opening
    if isinstance(exc, ValidationError):
        lang = current_language()
        return "; ".join(exc.text(field, lang) for field in exc.problems)
    if isinstance(exc, VpdeskError):
        return str(exc)
    return QCoreApplication.translate("MainWindow", "The vault could not be opened.")
