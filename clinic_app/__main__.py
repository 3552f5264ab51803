"""``python -m clinic_app``: the app (and its command line)."""

import sys

from clinic_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
