"""Mezzo's shipped data: the model catalog and its signing keys, icons and sample files.

It installs as the package `desktop_app.resources`, so code reads it with `importlib.resources`
whether Mezzo runs from a clone, an installed wheel or a frozen build.
"""
