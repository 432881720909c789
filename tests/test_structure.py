"""The tree keeps its shape: tests mirror the package, modules state their public names and stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "speechwriter"
MODULES = sorted(path for path in PACKAGE.glob("*/*.py") if path.name != "__init__.py" and path.parent.name != "data")
MAX_LINES = 320  # "about 300": a module past this has grown a second concept


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_every_stage_is_a_folder() -> None:
    folders = {path.parent.name for path in MODULES}
    assert {
        "common",
        "library",
        "profile",
        "speech",
        "compose",
        "check",
        "render",
        "app",
        "interview",
        "cli",
    } <= folders
    assert not [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]


@pytest.mark.parametrize("module", MODULES, ids=_id)
def test_module_has_a_mirrored_test_file(module: Path) -> None:
    mirror = ROOT / "tests" / module.parent.name / f"test_{module.stem}.py"
    assert mirror.is_file(), f"{_id(module)} has no test file: write {mirror.relative_to(ROOT)}"


@pytest.mark.parametrize("module", MODULES, ids=_id)
def test_module_states_its_public_names_and_stays_small(module: Path) -> None:
    source = module.read_text(encoding="utf-8")
    tree = ast.parse(source)
    exported = next(
        (
            node
            for node in tree.body
            if isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets)
        ),
        None,
    )
    assert exported is not None, f"{_id(module)} has no __all__"
    names = ast.literal_eval(exported.value)
    defined = (
        {node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)}
        | {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        | {
            node.target.id
            for node in tree.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        }
    )
    assert set(names) <= defined, f"{_id(module)} exports names it does not define: {set(names) - defined}"
    assert ast.get_docstring(tree), f"{_id(module)} has no module docstring"
    assert len(source.splitlines()) <= MAX_LINES, f"{_id(module)} has {len(source.splitlines())} lines"
