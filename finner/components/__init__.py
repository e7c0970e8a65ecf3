"""spaCy components: thin adapters over finner's plain-Python core."""
