"""The stretch of code around the cursor that the syntax checks parse, and how they parse it.

A file can be long and an editor sends a request on every keystroke, so neither the extent
decision nor the clean-up parses the whole file: both take the top-level statement around the
cursor, found by indentation alone, and parse that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter

# Failures tree-sitter can report: a grammar wheel that will not load, a query a grammar
# rejects, a parse that gives up (None, turned into RuntimeError by `parse_window`).
PARSE_FAILURES = (ImportError, OSError, ValueError, RuntimeError)

WINDOW_PREFIX_LINES = 200
WINDOW_SUFFIX_LINES = 100
WINDOW_MAX_CHARS = 32_000
TAB_WIDTH = 4


# A line that carries on a statement (or comments on one) rather than starting one.
_CONTINUATION = re.compile(
    r"(end|else|elseif|elif|except|finally|until|catch|case|default)\b|[)\]}#*\"'`]|//|--|/\*"
)
_PROSE = re.compile(r"([A-Za-z_]\w*)[\w'-]* +[A-Za-z_]")
_LEADING_KEYWORDS = frozenset(
    {
        "abstract", "assert", "async", "await", "break", "case", "class", "const", "continue",
        "def", "del", "do", "else", "enum", "export", "extends", "extern", "final", "fn", "for",
        "from", "func", "function", "global", "go", "if", "impl", "import", "in", "interface",
        "internal", "let", "local", "mod", "namespace", "nonlocal", "onready", "out", "package",
        "pass", "precision", "print", "private", "protected", "pub", "public", "raise",
        "readonly", "repeat", "return", "sealed", "signal", "static", "struct", "switch",
        "throw", "trait", "try", "type", "typedef", "uniform", "unsigned", "use", "using", "var",
        "void", "while", "with", "yield",
    }
)  # fmt: skip
_CODE_MARKS = re.compile(r"[(){}\[\]=;]")


@dataclass(frozen=True, slots=True)
class CodeWindow:
    """The code a parse needs around the cursor: from the start of the top-level statement
    enclosing it to the end of that statement's region in the suffix. Parsing a window, not
    the file, keeps each parse under a millisecond."""

    before: str  # the tail of the prefix
    after: str  # the head of the suffix


def code_window(prefix: str, suffix: str) -> CodeWindow:
    """Scans the prefix back (at most WINDOW_PREFIX_LINES) for a statement at column 0, or
    failing that the least indented statement in reach (deep in a long class), then the suffix
    on to the next statement no more indented than that."""
    lines = prefix.split("\n")
    last = len(lines) - 1
    floor = max(0, last - WINDOW_PREFIX_LINES)
    start, level = floor, 0
    least: tuple[int, int] | None = None  # (indentation, line) of the least indented start
    for index in range(last, floor - 1, -1):
        if not _starts_statement(lines[index]):
            continue
        width = indent_width(lines[index])
        if width == 0:
            start, least = index, None
            break
        if least is None or width <= least[0]:
            least = (width, index)
    if least is not None:
        level, start = least
    end = 0
    for index, line in enumerate(suffix.split("\n")[: WINDOW_SUFFIX_LINES + 1]):
        if index and _starts_statement(line) and indent_width(line) <= level:
            break
        end += len(line) + 1
    # a minified file's one enormous line would make every parse slow
    return CodeWindow("\n".join(lines[start:])[-WINDOW_MAX_CHARS:], suffix[:end][:WINDOW_MAX_CHARS])


def _starts_statement(line: str) -> bool:
    code = line.lstrip(" \t")
    if not code.strip() or _CONTINUATION.match(code):
        return False
    # Words with no keyword first and no code punctuation read as prose: a docstring or a
    # block comment, whose lines may sit at any indentation.
    prose = _PROSE.match(code)
    return prose is None or prose.group(1) in _LEADING_KEYWORDS or bool(_CODE_MARKS.search(code))


def indent_width(line: str) -> int:
    """Tabs count as TAB_WIDTH so a model that indents with spaces in a tab file still lines up."""
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(TAB_WIDTH))


def encode(text: str) -> bytes:
    # surrogatepass: an editor can send a lone surrogate; tree-sitter copes with the bytes
    return text.encode("utf-8", "surrogatepass")


def parse_window(
    parser: tree_sitter.Parser, source: bytes, old: tree_sitter.Tree | None = None
) -> tree_sitter.Tree:
    tree = parser.parse(source, old) if old is not None else parser.parse(source)
    if tree is None:
        raise RuntimeError("tree-sitter gave up on the window")
    return tree
