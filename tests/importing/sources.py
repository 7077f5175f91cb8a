"""The files the import tests read: the seed release and the samples."""

from pathlib import Path

SAMPLES = Path(__file__).parent / "import_samples"
# The seed release, as the press office's old site gave it.
SEED = (
    Path(__file__).parent / "seed" / "iom-paraguay-counter-trafficking-seminar.fr.txt"
)
