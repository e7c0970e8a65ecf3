"""finner: financial entities and exact typed amounts from Chinese text.

The number core (``parse_number``, ``parse_quantity``, ``find_quantities``,
``Quantity``, ``Qualifier``) is plain Python and does not import spaCy.
"""
from finner.numerals import parse_number
from finner.quantities import KINDS, Qualifier, Quantity, find_quantities, parse_quantity

__version__ = "0.1.0"

__all__ = ["parse_number", "parse_quantity", "find_quantities", "Quantity", "Qualifier", "KINDS", "__version__"]
