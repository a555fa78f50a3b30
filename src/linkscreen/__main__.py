"""`python -m linkscreen` runs the CLI."""

from linkscreen.cli import main

main()
