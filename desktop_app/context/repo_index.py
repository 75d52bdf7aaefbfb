"""One repository's index: per file, its declarations, imports and line fingerprints.

`scan` walks the repository the way git sees it (`.gitignore`, no vendored, generated, minified
or huge files) and re-reads only what changed: a file whose size and modification time are as
before is kept as it is, one whose content hash is as before only gets its new stat, and only
the rest are parsed. `RepoIndex` is the immutable snapshot that requests read: a new scan
builds a new one and swaps it in, so a request never waits for the indexer and never sees a
half-built index.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from desktop_app.context.imports import ImportResolver
from desktop_app.context.outline import Declaration, Import, outline
from desktop_app.syntax.grammars import grammar_named
from desktop_app.syntax.source_files import WalkReport, candidate_files, read_source

# A line shorter than this (`end`, `}`, `return nil`) says nothing about which file it is in.
MIN_FINGERPRINT_CHARS = 10
# A folder with more source files than this is not a project (a home folder picked by mistake).
MAX_FILES = 20_000


def normalized_line(line: str) -> str:
    """Editors re-indent and trim: lines compare with their whitespace collapsed."""
    return " ".join(line.split())


def line_fingerprint(line: str) -> int | None:
    """A stable 64-bit hash of a distinctive line; None for a line too short to tell files
    apart. Stable across processes (unlike `hash`), because fingerprints are persisted."""
    text = normalized_line(line)
    if len(text) < MIN_FINGERPRINT_CHARS:
        return None
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def fingerprints(text: str) -> tuple[int, ...]:
    """The file's distinct line fingerprints, sorted."""
    found = {fp for line in text.splitlines() if (fp := line_fingerprint(line)) is not None}
    return tuple(sorted(found))


@dataclass(frozen=True, slots=True)
class IndexedFile:
    path: str  # relative to the repository root, with forward slashes
    language: str  # the grammar's name
    sha256: str
    size: int
    mtime_ns: int
    declarations: tuple[Declaration, ...]
    imports: tuple[Import, ...]
    service_aliases: tuple[tuple[str, str], ...]  # Luau: `local RS = game:GetService(...)`
    lines: tuple[int, ...]  # line fingerprints


@dataclass(frozen=True, slots=True)
class Located:
    """A declaration and the file it is in."""

    path: str
    declaration: Declaration


def name_tail(name: str) -> str:
    """What code calls a declaration by after its table or class: `format` for `M.format`,
    `buy` for `Shop:buy`."""
    return name.replace(":", ".").rsplit(".", 1)[-1]


def _name_keys(name: str) -> tuple[str, ...]:
    """`M.format` is found as `M.format` and as `format`."""
    tail = name_tail(name)
    return (name,) if tail == name else (name, tail)


@dataclass(frozen=True)
class RepoIndex:
    root: Path
    files: Mapping[str, IndexedFile]
    updated_at: float  # epoch seconds of the scan that built it
    generation: int = 0  # bumped by every scan that changed something
    # Derived lookups, built once per snapshot.
    resolved: Mapping[str, tuple[tuple[Import, str | None], ...]] = field(default_factory=dict)
    by_name: Mapping[str, tuple[Located, ...]] = field(default_factory=dict)
    by_line: Mapping[int, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, root: Path, files: Mapping[str, IndexedFile], updated_at: float, generation: int = 0
    ) -> RepoIndex:
        resolver = ImportResolver(root, files.keys())
        resolved: dict[str, tuple[tuple[Import, str | None], ...]] = {}
        by_name: defaultdict[str, list[Located]] = defaultdict(list)
        by_line: defaultdict[int, list[str]] = defaultdict(list)
        for path in sorted(files):
            entry = files[path]
            grammar = grammar_named(entry.language)
            aliases = dict(entry.service_aliases)
            if grammar is not None:
                resolved[path] = tuple(
                    (imp, resolver.resolve(path, grammar, imp, aliases)) for imp in entry.imports
                )
            for declaration in entry.declarations:
                for key in _name_keys(declaration.name):
                    by_name[key].append(Located(path, declaration))
            for fp in entry.lines:
                by_line[fp].append(path)
        return cls(
            root,
            MappingProxyType(dict(files)),
            updated_at,
            generation,
            MappingProxyType(resolved),
            MappingProxyType({k: tuple(v) for k, v in by_name.items()}),
            MappingProxyType({k: tuple(v) for k, v in by_line.items()}),
        )

    def imported_files(self, path: str) -> tuple[tuple[Import, str], ...]:
        """The imports of `path` that resolve to another indexed file."""
        return tuple(
            (imp, target)
            for imp, target in self.resolved.get(path, ())
            if target is not None and target != path and target in self.files
        )

    @property
    def declaration_count(self) -> int:
        return sum(len(entry.declarations) for entry in self.files.values())


@dataclass(frozen=True, slots=True)
class ScanCounts:
    """What one scan did: how many files it kept as they were, re-hashed, parsed, dropped."""

    kept: int = 0
    rehashed: int = 0
    parsed: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.parsed or self.removed)


def scan(
    root: Path, previous: Mapping[str, IndexedFile], report: WalkReport | None = None
) -> tuple[dict[str, IndexedFile], ScanCounts]:
    """Index `root` again, reusing `previous` entries whose file did not change."""
    report = report if report is not None else WalkReport()
    files: dict[str, IndexedFile] = {}
    kept = rehashed = parsed = 0
    for path in _limited(candidate_files(root, report)):
        relative = path.relative_to(root).as_posix()
        try:
            stat = path.stat()
        except OSError:  # deleted between the listing and now
            continue
        old = previous.get(relative)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            files[relative] = old
            kept += 1
            continue
        try:
            source = read_source(path, relative, report)
        except OSError:
            continue
        if source is None:
            continue
        digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
        if old is not None and old.sha256 == digest:
            files[relative] = dataclasses.replace(old, size=stat.st_size, mtime_ns=stat.st_mtime_ns)
            rehashed += 1
            continue
        grammar = source.grammar
        found = outline(grammar, grammar.parse(source.text), source.text)
        files[relative] = IndexedFile(
            relative,
            grammar.name,
            digest,
            stat.st_size,
            stat.st_mtime_ns,
            found.declarations,
            found.imports,
            tuple(found.service_aliases),
            fingerprints(source.text),
        )
        parsed += 1
    removed = sum(1 for path in previous if path not in files)
    return files, ScanCounts(kept, rehashed, parsed, removed)


def _limited(paths: Iterable[Path]) -> Iterable[Path]:
    for count, path in enumerate(paths):
        if count >= MAX_FILES:
            return
        yield path
