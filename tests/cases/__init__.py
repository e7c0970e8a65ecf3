"""Case tables for finner's number core, one module per group (see tests/tables.py)."""
