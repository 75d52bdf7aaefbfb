"""The packaged program's entry point: the same `mezzo` command a pip install gives."""

from desktop_app.cli import main

if __name__ == "__main__":
    main()
