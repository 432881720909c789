"""Where the package's own data files live (question texts, phrases, presets, layouts, templates)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA_DIR", "PACKAGE_DIR", "templates_root"]


PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The ``speechwriter`` package folder."""

DATA_DIR = PACKAGE_DIR / "data"
"""Data files shipped inside the package (YAML)."""


def templates_root() -> Path:
    """The folder holding the built-in template sets.

    An installed wheel carries them inside the package; a source checkout keeps
    them in ``templates/`` beside the package.
    """
    packaged = PACKAGE_DIR / "templates"
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / "templates"
