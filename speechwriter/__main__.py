"""Allow ``python -m speechwriter``."""

from speechwriter.cli.entry import run

run()
