"""``python -m storylens``: the same command line as the ``storylens`` script (cli/main.py)."""

from storylens.cli.main import main

if __name__ == "__main__":  # pragma: no branch
    main()
