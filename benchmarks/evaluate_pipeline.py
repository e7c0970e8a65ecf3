"""Per-label precision, recall and F1 of a finner pipeline on annotated JSONL.

    python benchmarks/evaluate_pipeline.py [FILE] [--pipeline PATH] [--rules-only] [--errors N] [--json]

The code lives in :mod:`finner.training.evaluate` (also ``finner evaluate``).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from finner.training.evaluate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
