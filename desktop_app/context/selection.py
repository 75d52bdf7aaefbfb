"""Choosing a few hundred tokens of repository context for one completion.

Three kinds of context, ranked:
- definitions: the signatures of identifiers used near the cursor that another file declares
  (what a small model otherwise invents);
- imports: the signatures of what the file imports or requires;
- recent edits: the lines around where this client worked last in other files.

Whole pieces are taken by rank until the budget is spent, and then laid out in a fixed order,
imports and recent edits first (they change only when the file's imports or the person's file
change), definitions last (they follow the cursor's neighbourhood), so that while the person
types, the prompt before the file stays the same and its KV cache is reused. Nothing here is
written anywhere: the pieces go into the prompt and only their file names and sizes are
reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.context.outline import Declaration
from desktop_app.context.recent_edits import EditSite
from desktop_app.context.repo_index import RepoIndex, name_tail, normalized_line
from desktop_app.syntax.grammars import grammar_named

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
NEAR_LINES_ABOVE = 12  # the cursor's neighbourhood, whose identifiers are looked up
NEAR_LINES_BELOW = 5
MAX_DECLARATIONS_PER_PIECE = 24
MAX_HOMONYMS = 3  # a name declared in more files than this is too common to guess from
CHARS_PER_TOKEN = 3.0  # code tokenizes densely; the engine counts the real tokens and caps them


class ContextKind(StrEnum):
    IMPORTS = "imports"
    DEFINITIONS = "definitions"
    RECENT_EDIT = "recent_edit"


# The prompt order: what changes least comes first.
PROMPT_ORDER = (ContextKind.IMPORTS, ContextKind.RECENT_EDIT, ContextKind.DEFINITIONS)


@dataclass(frozen=True, slots=True)
class ContextSources:
    """Which kinds of context to use; each can be switched off to measure what it adds."""

    imports: bool = True
    definitions: bool = True
    recent_edits: bool = True


@dataclass(frozen=True, slots=True)
class ContextPiece:
    kind: ContextKind
    path: str  # repository-relative: the name of its `<|file_sep|>` block
    text: str

    @property
    def estimated_tokens(self) -> int:
        return int((len(self.text) + len(self.path)) / CHARS_PER_TOKEN) + 2


@dataclass(frozen=True, slots=True)
class _Candidate:
    piece: ContextPiece
    score: float


def estimated_tokens(pieces: Iterable[ContextPiece]) -> int:
    return sum(piece.estimated_tokens for piece in pieces)


def choose_context(
    index: RepoIndex,
    path: str,
    prefix: str,
    suffix: str,
    *,
    sites: Sequence[EditSite] = (),
    budget_tokens: int,
    sources: ContextSources = ContextSources(),
    already_sent: Collection[tuple[str, str]] = (),
) -> tuple[ContextPiece, ...]:
    """Pieces for the prompt, in prompt order. `path` is the file the cursor is in ("" when
    it is not in the index); `already_sent` the client's own (filename, text) chunks."""
    own = index.files.get(path)
    own_names = {d.name for d in own.declarations} if own is not None else set()
    window = prefix + suffix
    candidates: list[_Candidate] = []
    if sources.imports and own is not None:
        candidates += _import_pieces(index, path, window)
    if sources.definitions:
        near = _near_identifiers(prefix, suffix)
        for name in own_names & near.keys():
            del near[name]
        candidates += _definition_pieces(index, path, near)
    if sources.recent_edits:
        for age, site in enumerate(reversed(sites)):
            piece = ContextPiece(ContextKind.RECENT_EDIT, site.path, site.text)
            candidates.append(_Candidate(piece, 3.0 - 0.1 * age))
    chosen = _within_budget(_not_sent(candidates, already_sent, window), budget_tokens)
    return tuple(sorted(_without_repeats(chosen), key=_prompt_position))


def _without_repeats(pieces: list[ContextPiece]) -> list[ContextPiece]:
    """A definition that an imports piece of the same file already lists is said once."""
    listed = {
        (piece.path, line)
        for piece in pieces
        if piece.kind is ContextKind.IMPORTS
        for line in piece.text.splitlines()
    }
    kept = []
    for piece in pieces:
        if piece.kind is not ContextKind.DEFINITIONS:
            kept.append(piece)
            continue
        lines = [ln for ln in piece.text.splitlines() if (piece.path, ln) not in listed]
        if lines:
            kept.append(ContextPiece(piece.kind, piece.path, "\n".join(lines)))
    return kept


def _prompt_position(piece: ContextPiece) -> tuple[int, str]:
    """Recent edits keep their age order (the sort is stable); the others go by path."""
    path = "" if piece.kind is ContextKind.RECENT_EDIT else piece.path
    return PROMPT_ORDER.index(piece.kind), path


def _import_pieces(index: RepoIndex, path: str, window: str) -> Iterable[_Candidate]:
    used = set(IDENTIFIER.findall(window))
    seen: set[str] = set()
    for imported, target in index.imported_files(path):
        if target in seen:
            continue
        seen.add(target)
        declarations = index.files[target].declarations
        if not declarations:
            continue
        named = [d for d in declarations if name_tail(d.name) in used]
        rest = [d for d in declarations if name_tail(d.name) not in used]
        picked = sorted((named + rest)[:MAX_DECLARATIONS_PER_PIECE], key=lambda d: d.line)
        text = _signatures(picked, index.files[target].language)
        bound = sum(1 for name in imported.names if name in used)
        score = 5.0 + min(5.0, bound + len(named) / 4)
        yield _Candidate(ContextPiece(ContextKind.IMPORTS, target, text), score)


def _definition_pieces(index: RepoIndex, path: str, near: dict[str, float]) -> list[_Candidate]:
    by_file: defaultdict[str, dict[str, tuple[Declaration, float]]] = defaultdict(dict)
    for name, weight in near.items():
        found = [hit for hit in index.by_name.get(name, ()) if hit.path != path]
        if not found or len({hit.path for hit in found}) > MAX_HOMONYMS:
            continue
        for hit in found:
            by_file[hit.path][hit.declaration.name] = (hit.declaration, weight)
    pieces = []
    for target, named in by_file.items():
        declarations = sorted((d for d, _ in named.values()), key=lambda d: d.line)
        text = _signatures(declarations[:MAX_DECLARATIONS_PER_PIECE], index.files[target].language)
        score = 10.0 + sum(weight for _, weight in named.values())
        pieces.append(_Candidate(ContextPiece(ContextKind.DEFINITIONS, target, text), score))
    return pieces


def _near_identifiers(prefix: str, suffix: str) -> dict[str, float]:
    """Identifiers around the cursor, with a weight: the line being written counts double.

    The word under the cursor is left out: it changes on every keystroke, and a context that
    changed with it would cost a prompt re-evaluation per keystroke.
    """
    above = prefix.split("\n")
    current = above.pop() if above else ""
    words = IDENTIFIER.findall(current)
    if current and (current[-1].isalnum() or current[-1] == "_"):
        words = words[:-1]  # the word being typed
    weights: dict[str, float] = {}
    below = suffix.split("\n")[1 : NEAR_LINES_BELOW + 1]
    for line in above[-NEAR_LINES_ABOVE:] + below:
        for word in IDENTIFIER.findall(line):
            weights[word] = max(weights.get(word, 0.0), 1.0)
    for word in words:
        weights[word] = 2.0
    return {word: weight for word, weight in weights.items() if len(word) >= 3}


def _signatures(declarations: Sequence[Declaration], language: str) -> str:
    grammar = grammar_named(language)
    comment = grammar.line_comment if grammar is not None else "//"
    lines = []
    for declaration in declarations:
        if declaration.doc:
            lines.append(f"{comment} {declaration.doc}")
        lines.append(declaration.signature)
    return "\n".join(lines)


def _not_sent(
    candidates: Iterable[_Candidate], already_sent: Collection[tuple[str, str]], window: str
) -> list[_Candidate]:
    """Leave out what the client sent itself, and declarations the window already shows."""
    sent_names = {_basename(name) for name, _ in already_sent}
    sent_text = "\n".join(text for _, text in already_sent)
    shown = {normalized_line(line) for line in window.splitlines()}
    kept = []
    for candidate in candidates:
        piece = candidate.piece
        if _basename(piece.path) in sent_names or piece.text in sent_text:
            continue
        if piece.kind is not ContextKind.RECENT_EDIT:
            lines = [ln for ln in piece.text.splitlines() if normalized_line(ln) not in shown]
            if not lines:
                continue
            piece = ContextPiece(piece.kind, piece.path, "\n".join(lines))
        kept.append(_Candidate(piece, candidate.score))
    return kept


def _within_budget(candidates: list[_Candidate], budget_tokens: int) -> list[ContextPiece]:
    chosen: list[ContextPiece] = []
    spent = 0
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.piece.path)):
        cost = candidate.piece.estimated_tokens
        if spent + cost <= budget_tokens:
            chosen.append(candidate.piece)
            spent += cost
    return chosen


def cross_file_identifiers(index: RepoIndex, path: str, text: str) -> set[str]:
    """Identifiers in `text` that another file declares and this one does not: what a model
    can only get right from repository context. The measure of that context's recall."""
    own = index.files.get(path)
    own_names = {name_tail(d.name) for d in own.declarations} if own is not None else set()
    found = set()
    for word in set(IDENTIFIER.findall(text)):
        if word in own_names or len(word) < 3:
            continue
        holders = {hit.path for hit in index.by_name.get(word, ()) if hit.path != path}
        if 0 < len(holders) <= MAX_HOMONYMS:
            found.add(word)
    return found


def _basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
