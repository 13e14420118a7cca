"""`python -m reinstate` runs the command line."""

from reinstate.cli import run

run()
