"""Qt item models behind the window's tables."""
