"""The installer build's entry point: both executables (``clinic-companion``, the window, and
``clinic-app``, the command line) run this. With no arguments it opens the app; with a verb or
``--self-test`` it is the command line (see ``clinic_app/cli.py``)."""

import multiprocessing
import sys

from clinic_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # demo data and CSV import use "spawn" worker processes
    sys.exit(main())
