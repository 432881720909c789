"""The installed command's first code: Ctrl-C and SIGTERM are handled even while the rest is still loading.

Importing the command line takes a moment; a Ctrl-C in it must not print a
traceback, and a SIGTERM at any time ends the program through ``SystemExit`` so
that every ``finally`` runs (an interrupted write leaves no temporary file).
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

__all__ = ["run"]


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def run() -> None:
    """Start ``speechwriter``: guard the signals, then load and run the command line."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        from speechwriter.cli.main import main
    except KeyboardInterrupt:
        print("\n已取消。", file=sys.stderr)
        sys.exit(130)
    main()
