"""`python -m reinstate` runs the command line."""

import sys

from reinstate.cli import main

sys.exit(main())
