"""vpdesk: an offline dossier desk for confidential advisers (vertrouwenspersonen)."""

__version__ = "0.1.0"
