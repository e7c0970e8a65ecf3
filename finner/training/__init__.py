"""Corpus handling, readers for annotation tools, and training helpers.

Everything here works on finner's corpus records (DESIGN section 5)::

    {"text": "...", "spans": [{"start": 0, "end": 4, "label": "BANK", ...}], "meta": {...}}

Offsets are character offsets into ``text``, end-exclusive.
"""
