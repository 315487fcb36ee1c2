"""The user manual viewer, in the window's language, with its screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui.icons import app_icon
from vpdesk.paths import resources_dir

IMAGE_WIDTH = 820  # screenshots in the manual viewer, scaled down from 1280 pixels


def manual_path(lang: str) -> Path | None:
    """The manual in ``lang`` ("nl" or "en"), wherever this installation carries it."""
    name = "handleiding.md" if lang == "nl" else "manual.md"
    roots = (resources_dir().parent / "docs", Path(__file__).resolve().parents[3] / "docs")
    for root in roots:
        if (root / name).is_file():
            return root / name
    return None


class ManualViewer(QDialog):
    """The Markdown manual with its screenshots, read inside vpdesk (no browser, no network)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("User manual"))
        self.setWindowIcon(app_icon())
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setSearchPaths([str(path.parent)])
        self.text.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.text.setAccessibleName(self.tr("User manual"))
        self._fit_images(IMAGE_WIDTH)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fit_images(self, width: int) -> None:
        """Show the screenshots at ``width`` pixels (they are made at full screen size)."""
        document = self.text.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image_format.isValid():
                    image = document.resource(
                        QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                    )
                    if isinstance(image, (QImage, QPixmap)) and image.width() > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()
