"""The BLOCK_END clean-up rule: a completion that runs on past the end of the block or
statement it was asked to fill is cut there, at the longest line end that adds no syntax
error to the window."""

from __future__ import annotations

import re

import tree_sitter

from desktop_app.syntax.block_openers import opens_block
from desktop_app.syntax.brackets import CLOSERS
from desktop_app.syntax.code_window import encode, indent_width
from desktop_app.syntax.grammars import Grammar
from desktop_app.syntax.line_keys import MAX_SCANNED_LINES
from desktop_app.syntax.parsed_window import ParsedWindow

# A window with more errors than this before the completion is in it is one the grammar cannot
# read (prose in a docstring, syntax newer than the grammar): its error counts say nothing,
# and recovering from them makes every parse slow.
MAX_BASELINE_ERRORS = 10
MAX_CUTS_PARSED = 8  # the longest cuts; past them the best one seen so far is kept

_CLOSER_TOKEN = re.compile(r"(end|until|fi|done|esac)\b|[)\]}]")
_LUA_CLOSER = re.compile(r"(end|until)\b|[)\]}]")


def end_block(code: ParsedWindow, middle: str) -> str:
    if "\n" not in middle:
        return _keep_line(code, middle) if code.grammar is not None else middle
    cuts = _line_cuts(middle, _block_limit(middle, code.prefix, code.suffix, code.grammar))
    if code.grammar is None:
        return cuts[0]
    allowed = _errors(code.baseline.root_node)
    if allowed > MAX_BASELINE_ERRORS:
        return cuts[0]  # the window does not parse without the completion either
    best: tuple[int, str] | None = None
    for cut in cuts[:MAX_CUTS_PARSED]:
        errors = _errors(code.tree_with(cut).root_node) if cut else allowed
        if errors <= allowed:
            return cut
        if best is None or errors < best[0]:
            best = (errors, cut)
    assert best is not None
    return best[1]


def _keep_line(code: ParsedWindow, middle: str) -> str:
    """A one-line completion is kept whole, unless it adds a syntax error on its line."""
    if _errors(code.baseline.root_node) > MAX_BASELINE_ERRORS:
        return middle
    base_end = len((code.before_bytes + code.after_bytes).rstrip())
    allowed = _line_errors(code.baseline.root_node, code.row, base_end)
    code_end = len((code.before_bytes + encode(middle) + code.after_bytes).rstrip())
    errors = _line_errors(code.tree_with(middle).root_node, code.row, code_end)
    return "" if errors > allowed else middle


def _block_limit(middle: str, prefix: str, suffix: str, grammar: Grammar | None) -> int | None:
    """Where the completion leaves the block around the cursor, by indentation: the first line
    indented less than the cursor's line. When the cursor is partway through a statement whose
    line opens a block (`function f()|`, `if x |`), the statement ends at the first line after
    its body that is no deeper than it. That line is kept when it is the block's closer and
    the suffix does not close the block itself. None when the completion stays inside."""
    lines = middle.split("\n")
    cursor_line = prefix[prefix.rfind("\n") + 1 :]
    first = cursor_line + lines[0]
    base = indent_width(first) if first.strip() else indent_width(cursor_line)
    # From a blank line the completion writes statements, and may write several.
    opener = bool(cursor_line.strip()) and opens_block(first, grammar)
    deeper = False
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        here = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        width = indent_width(line)
        if opener and not deeper:
            if width > base:
                deeper = True
                continue
            opener = False  # a body at the opener's own indentation: read it as one level
        if width > base or (width == base and not opener):
            continue
        if _is_closer(line, grammar) and not _suffix_closes(line, suffix):
            return here + len(line.rstrip())
        return here
    return None


def _is_closer(line: str, grammar: Grammar | None) -> bool:
    stripped = line.strip()
    if grammar is None:
        return _CLOSER_TOKEN.match(stripped) is not None
    if grammar.line_comment == "--":
        return _LUA_CLOSER.match(stripped) is not None
    return stripped[:1] in CLOSERS


def _suffix_closes(line: str, suffix: str) -> bool:
    """The suffix's first code starts with the same closer, no less indented."""
    mine = _CLOSER_TOKEN.match(line.strip())
    for index, theirs in enumerate(suffix.split("\n")[:MAX_SCANNED_LINES]):
        if theirs.strip():
            match = _CLOSER_TOKEN.match(theirs.strip())
            same = match is not None and mine is not None and match.group() == mine.group()
            return same and (index == 0 or indent_width(theirs) >= indent_width(line))
    return False


def _line_cuts(middle: str, limit: int | None) -> list[str]:
    """The completion cut at its line ends, longest first: the whole of it (or up to
    `limit`), then each shorter one that is not empty."""
    first = middle if limit is None else middle[:limit].rstrip()
    cuts = [first]
    position = middle.rfind("\n", 0, len(first))
    while position > 0:
        cut = middle[:position].rstrip()
        if not cut:
            break
        if cut != cuts[-1].rstrip():
            cuts.append(cut)
        position = middle.rfind("\n", 0, len(cut))
    return cuts


def _errors(node: tree_sitter.Node) -> int:
    """ERROR and MISSING nodes, visiting only the subtrees that hold one."""
    if not node.has_error:
        return 0
    count = 0
    cursor = node.walk()
    while True:
        current = cursor.node
        assert current is not None
        if current.is_error or current.is_missing:
            count += 1
        if current.has_error and cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return count


def _line_errors(node: tree_sitter.Node, row: int, code_end: int) -> int:
    """ERROR nodes lying on one row, short of the end of the code. Neither a MISSING closer
    nor an error running to the end counts: a line may open what later lines will close."""
    if not node.has_error:
        return 0
    count = 0
    cursor = node.walk()
    while True:
        current = cursor.node
        assert current is not None
        on_row = current.start_point.row <= row <= current.end_point.row
        if (
            current.is_error
            and current.start_point.row == current.end_point.row == row
            and current.end_byte < code_end
        ):
            count += 1
        if on_row and current.has_error and cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return count
