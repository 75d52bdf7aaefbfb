"""Repository context: an index of each repository's files, declarations and imports, kept in
the background, and the few hundred tokens of it chosen for each completion."""
