"""Entry point for ``python -m networkapp``."""

from __future__ import annotations

import sys

from networkapp.app import main

if __name__ == "__main__":
    sys.exit(main())
