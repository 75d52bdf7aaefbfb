"""The REPEATS clean-up rule: a completion that copies the lines above the cursor, or a model
in a loop writing the same line or block again, is cut where the copy starts."""

from __future__ import annotations

from desktop_app.syntax.line_keys import MAX_SCANNED_LINES, is_trivial, line_key

ECHO_LINES = 3  # how many lines above the cursor a completion may not start by copying
MAX_UNIT_LINES = 8  # the longest block a loop repeats that REPEATS looks for


def _line_starts(lines: list[str]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def drop_repeats(text: str, prefix: str) -> str:
    """Cut a completion where it starts copying the lines just above the cursor, or where it
    starts repeating a line or a block of lines it has just written (a model in a loop)."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    echo = _echo_start(lines, prefix)
    if echo is not None:
        return text[: starts[echo]].rstrip()
    cursor_line = prefix[prefix.rfind("\n") + 1 :]
    full = [cursor_line + lines[0], *lines[1:]]
    rows = [i for i, line in enumerate(full) if line.strip()][:MAX_SCANNED_LINES]
    keys = [line_key(full[i]) for i in rows]
    solid = [not is_trivial(full[i]) for i in rows]
    for at in range(1, len(keys)):
        for width in range(1, min(at, MAX_UNIT_LINES) + 1):
            if keys[at] != keys[at - width] or not any(solid[at - width : at]):
                continue
            again = keys[at : at + width]
            whole = again == keys[at - width : at]
            # a second copy cut short by the line cap counts from half the block, two solid lines
            cut_short = (
                at + len(again) == len(keys)
                and width / 2 <= len(again) < width
                and again == keys[at - width : at - width + len(again)]
                and sum(solid[at : at + len(again)]) >= 2
            )
            if whole or cut_short:
                return text[: starts[rows[at]]].rstrip()
    return text


def _echo_start(lines: list[str], prefix: str) -> int | None:
    """The completion line where a copy of the last 1-3 non-blank prefix lines begins."""
    above_lines = prefix.split("\n")[-40:]
    if above_lines[-1].strip():  # the completion's first line finishes the cursor's line
        above_lines[-1] += lines[0]
        first = 1
    else:
        above_lines.pop()
        first = 0
    above = [line_key(line) for line in above_lines if line.strip()][-ECHO_LINES:]
    ahead = [i for i in range(first, len(lines)) if lines[i].strip()][:ECHO_LINES]
    keys = [line_key(lines[i]) for i in ahead]
    for size in range(ECHO_LINES, 0, -1):
        if len(above) < size or len(keys) < size or keys[:size] != above[-size:]:
            continue
        if any(not is_trivial(lines[i]) for i in ahead[:size]):
            return ahead[0]
    return None
