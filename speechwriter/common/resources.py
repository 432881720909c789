"""Where the package's own data files live (question texts, phrases, presets, layouts, templates)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DATA_DIR", "PACKAGE_DIR", "cache_dir", "templates_root"]


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


def cache_dir() -> Path:
    """Where compiled templates are kept between runs: ``$SPEECHWRITER_HOME/cache``, else the user cache folder."""
    configured = os.environ.get("SPEECHWRITER_HOME")
    if configured:
        return Path(configured).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("speechwriter", appauthor=False))
