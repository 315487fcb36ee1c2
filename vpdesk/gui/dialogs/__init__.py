"""The window's dialogs: one module per dialog."""
