"""The service core: settings, paths, secrets, power policy and the wiring between rooms.

Nothing here imports Qt, the server or the UI, so the whole core runs headless and in tests.
"""
