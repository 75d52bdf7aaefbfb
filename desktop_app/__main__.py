"""`python -m desktop_app` behaves exactly like the `mezzo` command."""

from desktop_app.cli import main

if __name__ == "__main__":
    main()
