"""displaCy colours for finner's labels (entry point ``spacy_displacy_colors``)."""

COLORS = {
    "BANK": "#7aecec",
    "ORG": "#bfeeb7",
    "PRODUCT": "#feca74",
    "PERSON": "#aa9cfc",
    "TITLE": "#c887fb",
    "MONEY": "#e4e7d2",
    "PERCENT": "#ffeb80",
    "QUANTITY": "#f0d0ff",
    "DATE": "#bfe1d9",
}
