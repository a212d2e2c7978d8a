"""``python -m quoteattr`` runs the command line."""

from .cli import main

if __name__ == "__main__":  # worker processes (--jobs) import this module again and must not run it
    raise SystemExit(main())
