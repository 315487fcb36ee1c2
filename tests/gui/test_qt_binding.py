"""The Qt binding must not leak or drop references on ordinary calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
