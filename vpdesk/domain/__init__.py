"""Plain domain objects, the taxonomy and validation; no Qt and no SQL."""
