"""Fetch a pkuseg model for finner's tests of the pkuseg segmenter.

    python scripts/fetch_pkuseg_model.py [DEST]

spacy-pkuseg ships no model and its named models download from GitHub, which is
not reachable everywhere.  The PyPI sdist pkuseg==0.0.25 holds the model
``pkuseg/models/default``; this script downloads that sdist with pip (a package
registry), checks its sha256, and unpacks the model into DEST (default:
~/.cache/finner/pkuseg/default), where tests/test_segmenters.py finds it.  The
model's training data is licensed for research only: use it for tests, never
ship it with finner or a published pipeline.  Exits 0 when the model is there;
prints why and exits 1 when it cannot be fetched.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

DEFAULT = Path.home() / ".cache" / "finner" / "pkuseg" / "default"
SHA256_PREFIX, SHA256_SUFFIX = "dd012bf9", "1e91"


def fetch(dest: Path = DEFAULT) -> Path:
    if (dest / "features.pkl").exists() and (dest / "weights.npz").exists():
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "numpy", "setuptools", "wheel"], check=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-build-isolation",
                        "--no-binary", ":all:", "pkuseg==0.0.25", "-d", tmp], check=True)
        sdist = next(Path(tmp).glob("pkuseg-0.0.25.tar.gz"))
        digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
        if not (digest.startswith(SHA256_PREFIX) and digest.endswith(SHA256_SUFFIX)):
            raise RuntimeError(f"unexpected sha256 {digest} for {sdist.name}")
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(sdist) as tar:
            for member in tar.getmembers():
                if "/pkuseg/models/default/" in member.name and member.isfile():
                    member.name = Path(member.name).name
                    tar.extract(member, dest)
    return dest


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    try:
        print(fetch(target))
    except Exception as e:  # noqa: BLE001 - report any failure and let the tests skip with it
        print(f"could not fetch the pkuseg model: {e}", file=sys.stderr)
        sys.exit(1)
