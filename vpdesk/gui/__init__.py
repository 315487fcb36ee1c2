"""The PySide6 window: the only package that imports Qt.

PySide6 is pinned to 6.11.3: the 6.12.0 wheels lose a reference to ``None`` on every Qt call
that returns nothing, which aborts Python 3.11 after a few thousand calls
(``tests/gui/test_qt_binding.py`` guards against that coming back).
"""
