"""The SUFFIX_OVERLAP clean-up rule: a completion that writes again the code already after
the cursor is cut where the copy starts."""

from __future__ import annotations

from desktop_app.syntax.code_window import indent_width
from desktop_app.syntax.line_keys import MAX_SCANNED_LINES, is_trivial, line_key

MIN_COPIED_LINES = 2  # a verbatim copy this long of the suffix's start is no coincidence


def drop_suffix_overlap(text: str, prefix: str, suffix: str) -> str:
    """Drop what the model wrote that is already after the cursor (llama.vscode#13).

    A completion line equal to the suffix's next non-blank line ends the completion there when
    every line from it on copies the suffix's first lines (the last may stop partway, where
    the line cap cut it). One equal line alone is not enough: real code repeats a line (the
    same statement in two branches), and a model that has reached the suffix copies on. A tail
    equal to the start of the rest of the cursor's line is cut; closers alone are left to the
    bracket rule, which can count them.
    """
    if not suffix:
        return text
    return _drop_rest_of_line(drop_suffix_lines(text, prefix, suffix), suffix)


def _same_line(mine: str, theirs: str) -> bool:
    """Equal ignoring whitespace; a closer or keyword line (`end`, `}`) must also sit at the
    same indentation, or a nested block's `end` would match the function's."""
    if line_key(mine) != line_key(theirs):
        return False
    return not is_trivial(mine) or indent_width(mine) == indent_width(theirs)


def drop_suffix_lines(text: str, prefix: str, suffix: str) -> str:
    """The line part of `drop_suffix_overlap`: cut where the completion's lines start copying
    the suffix's. `clean_completion` runs it again after the block end has cut."""
    suffix_lines = suffix.split("\n")
    cursor_line = prefix[prefix.rfind("\n") + 1 :]
    # With the cursor at the start of a line, that line is the first the completion may copy.
    skip = 0 if not cursor_line.strip() and suffix_lines[0].strip() else 1
    ahead = [line for line in suffix_lines[skip : MAX_SCANNED_LINES + 1] if line.strip()]
    if not ahead:
        return text
    lines = text.split("\n")
    # On a blank line the completion's first line is a whole line and may itself be the copy.
    first = 0 if not cursor_line.strip() and not suffix_lines[0].strip() else 1
    full = [cursor_line + lines[0], *lines[1:]]
    key = line_key(ahead[0])
    for index in range(first, len(full)):
        if line_key(full[index]) == key and _copies_suffix(full, index, ahead):
            return "\n".join(lines[:index]).rstrip()
    return text


def _copies_suffix(full: list[str], index: int, ahead: list[str]) -> bool:
    """From `index` on, the completion's non-blank lines are the suffix's first ones (the
    last may stop partway, where the line cap cut it), with more in them than one closer; or
    its next lines copy at least the suffix's first MIN_COPIED_LINES lines verbatim, after
    which a model that reached the suffix goes on writing."""
    rows = [row for row in range(index, len(full)) if full[row].strip()]
    if not any(len(full[row].strip()) > 1 for row in rows):
        return False
    copied = 0
    for position, row in enumerate(rows):
        if position >= len(ahead):
            break
        mine, theirs = full[row], ahead[position]
        if _same_line(mine, theirs):
            copied += 1
            continue
        if position and row == rows[-1] and line_key(theirs).startswith(line_key(mine)):
            return True
        break
    if copied == len(rows):
        return True
    substantial = sum(1 for row in rows[:copied] if not is_trivial(full[row]))
    return substantial >= MIN_COPIED_LINES


def _drop_rest_of_line(text: str, suffix: str) -> str:
    head = suffix.split("\n", 1)[0]
    rest = head.strip()
    if not rest:
        return text
    stripped = text.rstrip()
    # One character is too weak a match: `x;` before `;` may be the person's own `;`.
    for size in range(min(len(rest), len(stripped)), 1, -1):
        if not stripped.endswith(rest[:size]):
            continue
        if not rest[:size].strip(" \t)]}"):
            return text  # only closers: whether they are surplus is a matter of counting
        kept = stripped[:-size]
        # keep the space the model put before the overlap unless the suffix brings its own
        return kept.rstrip(" \t") if head[:1] in (" ", "\t") or not kept.strip() else kept
    return text
