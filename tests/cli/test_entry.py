"""The entry point: Ctrl-C while loading and SIGTERM at any time end without a traceback or a stray file."""

from __future__ import annotations

import builtins
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from speechwriter.cli import entry


def test_ctrl_c_while_the_command_line_loads_says_cancelled(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_import = builtins.__import__

    def interrupted(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "speechwriter.cli.main":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    with pytest.raises(SystemExit) as stopped:
        entry.run()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "\n已取消。\n"


def test_sigterm_becomes_an_exit_that_runs_cleanup() -> None:
    with pytest.raises(SystemExit) as stopped:
        entry._terminate(signal.SIGTERM, None)
    assert stopped.value.code == 128 + signal.SIGTERM


def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    script = f"""
import os, signal, sys
sys.argv = ["speechwriter"]
from speechwriter.cli import entry
signal.signal(signal.SIGTERM, entry._terminate)
from speechwriter.common import atomic_write
real_fsync = os.fsync
def fsync_then_terminated(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.SIGTERM)
os.fsync = fsync_then_terminated
atomic_write.write_bytes_atomic(__import__("pathlib").Path({str(tmp_path / "speech.md")!r}), b"x")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one
