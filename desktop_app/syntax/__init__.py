"""Source code as tree-sitter sees it: grammars, a repository's source files, and the rules
that make a completion fit the code around it."""
