"""Lean start-up: heavy libraries are imported only by the commands that use them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES

HEAVY = ("docx", "questionary", "opencc", "hypothesis")
PROBE = """
import sys
from speechwriter.cli.main import main
try:
    main({args!r})
except SystemExit:
    pass
loaded = sorted({{name.split(".")[0] for name in sys.modules}} & set({heavy!r}))
print("LOADED:" + ",".join(loaded), file=sys.stderr)
"""


def _loaded(args: list[str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args, heavy=HEAVY)], capture_output=True, text=True, timeout=60
    )
    line = next(line for line in result.stderr.splitlines() if line.startswith("LOADED:"))
    return {name for name in line.removeprefix("LOADED:").split(",") if name}


@pytest.mark.parametrize(
    "args",
    [["--help"], ["render", "--help"], ["render", str(EXAMPLES[0])], ["check", str(EXAMPLES[0])], ["schema"]],
    ids=["help", "render-help", "render-md", "check", "schema"],
)
def test_no_heavy_imports(args: list[str]) -> None:
    assert _loaded(args) == set()


def test_word_output_imports_python_docx_only_then(tmp_path: object) -> None:
    assert _loaded(["render", str(EXAMPLES[0]), "-o", f"{tmp_path}/x.docx"]) == {"docx"}
    assert _loaded(["render", str(EXAMPLES[0]), "--script", "traditional"]) == {"opencc"}
