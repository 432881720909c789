"""Allow ``python -m speechwriter``."""

from speechwriter.cli import main

main()
