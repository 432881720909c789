"""Allow ``python -m speechwriter``."""

from speechwriter.cli.main import main

main()
