"""`python -m curator`: the same command line as the `curator` script."""

import sys

from curator.cli import main

sys.exit(main())
