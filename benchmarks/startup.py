"""Measure start-up and render time of the installed command (``make bench``).

Prints the median wall time of several runs for each command; never used by the tests.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = str(Path(sys.executable).parent / "speechwriter")
CASES = {
    "--version": [COMMAND, "--version"],
    "render --help": [COMMAND, "render", "--help"],
    "render example (md)": [COMMAND, "render", str(ROOT / "examples" / "insurance_manager.yaml")],
    "render example (docx)": [
        COMMAND, "render", str(ROOT / "examples" / "insurance_manager.yaml"), "-o", "/tmp/speechwriter-bench.docx",
        "--force",
    ],
}  # fmt: skip
RUNS = 7


def median_seconds(argv: list[str]) -> float:
    """Median wall time of RUNS runs of ``argv`` (output discarded)."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print one line per case: its name and median milliseconds."""
    for name, argv in CASES.items():
        print(f"{name:24s} {median_seconds(argv) * 1000:7.0f} ms (median of {RUNS})")
    imported = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import speechwriter.cli"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    heavy = [line for line in imported.stderr.splitlines() if "docx" in line]
    print("python-docx imported at start-up:", "yes" if heavy else "no")


if __name__ == "__main__":
    main()
