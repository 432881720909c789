"""A non-editable install into a fresh environment finds the templates, run from elsewhere."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return next(out.glob("speechwriter-*.whl"))


def test_wheel_ships_the_templates(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("sections.yaml", "opening.j2", "closing.j2"):
        assert f"speechwriter/templates/default/{name}" in names


def test_installed_wheel_renders_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    site = next((fresh / "lib").glob("python*/site-packages"))
    # Dependencies come from the test environment (a plain path, so its .pth files,
    # including the editable install of this checkout, are not processed).
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    python = fresh / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    where = subprocess.run(
        [str(python), "-c", "import speechwriter; print(speechwriter.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(site))
    result = subprocess.run(
        [str(fresh / "bin" / "speechwriter"), "render", str(EXAMPLES[0])],
        capture_output=True, text=True, cwd="/tmp", check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# 竞聘")
