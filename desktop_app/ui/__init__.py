"""The desktop app (PySide6): tray, onboarding and panels. The only room that imports Qt."""
