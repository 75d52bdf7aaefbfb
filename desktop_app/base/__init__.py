"""The foundation every room may import: errors, settings, paths, atomic files, locks, secrets
and the battery reading. It imports no other Mezzo room."""
