"""Start Curator: the window with no arguments, the command line with a subcommand."""

import sys

from curator.cli import main

if __name__ == "__main__":
    sys.exit(main())
