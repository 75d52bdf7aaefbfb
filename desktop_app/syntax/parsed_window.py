"""The parse behind the BRACKETS and BLOCK_END rules, shared so that one clean-up parses its
window once and each cut it tries costs only an incremental re-parse."""

from __future__ import annotations

import tree_sitter

from desktop_app.syntax.code_window import code_window, encode, parse_window
from desktop_app.syntax.grammars import Grammar


class ParsedWindow:
    """The window around the cursor, parsed once without the completion; each version of the
    completion is then an incremental re-parse of the one before."""

    def __init__(self, prefix: str, suffix: str, grammar: Grammar | None) -> None:
        self.prefix = prefix
        self.suffix = suffix
        self.grammar = grammar
        window = code_window(prefix, suffix)
        self.before = window.before
        self.after = window.after
        self.row = window.before.count("\n")  # the cursor's row in the window
        self.before_bytes = encode(window.before)
        self.after_bytes = encode(window.after)
        self.start = len(self.before_bytes)
        self._parser: tree_sitter.Parser | None = None
        self._baseline: tree_sitter.Tree | None = None
        self._tree: tree_sitter.Tree | None = None
        self._middle = b""

    @property
    def baseline(self) -> tree_sitter.Tree:
        """Prefix and suffix with nothing between: what the completion must not make worse."""
        if self._baseline is None:
            assert self.grammar is not None
            self._parser = tree_sitter.Parser(self.grammar.language)
            self._baseline = parse_window(self._parser, self.before_bytes + self.after_bytes)
        return self._baseline

    def tree_with(self, middle: str) -> tree_sitter.Tree:
        new = encode(middle)
        if self._tree is not None and new == self._middle:
            return self._tree
        old_tree = self._tree if self._tree is not None else self.baseline.copy()
        old = self._middle
        common = _common_length(old, new)
        old_source = self.before_bytes + old + self.after_bytes
        new_source = self.before_bytes + new + self.after_bytes
        edit_at, old_end, new_end = (
            self.start + common,
            self.start + len(old),
            self.start + len(new),
        )
        old_tree.edit(
            edit_at,
            old_end,
            new_end,
            _point(old_source, edit_at),
            _point(old_source, old_end),
            _point(new_source, new_end),
        )
        assert self._parser is not None
        self._tree = parse_window(self._parser, new_source, old_tree)
        self._middle = new
        return self._tree


def _point(source: bytes, offset: int) -> tuple[int, int]:
    row = source.count(b"\n", 0, offset)
    return row, offset - (source.rfind(b"\n", 0, offset) + 1)


def _common_length(old: bytes, new: bytes) -> int:
    if old.startswith(new):
        return len(new)
    size = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            break
        size += 1
    return size
