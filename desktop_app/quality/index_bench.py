"""What keeping a repository indexed costs: a first scan, a re-scan after one file changed, and a
re-scan with nothing changed, with the memory the index holds.

The repository is copied to a temporary folder first, so the benchmark can change a file without
touching the person's own checkout.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import psutil

from desktop_app.context.indexer import ContextIndexer, ScanReport


def _copy(root: Path, into: Path) -> Path:
    copy = into / root.name
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".git"), symlinks=True)
    (copy / ".git").mkdir()
    return copy


def _figures(report: ScanReport) -> dict[str, Any]:
    return {
        "seconds": round(report.seconds, 3),
        "parsed": report.counts.parsed,
        "unchanged": report.counts.kept,
        "rehashed": report.counts.rehashed,
    }


def bench_index(root: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="mezzo-index-bench-") as scratch:
        repo = _copy(root, Path(scratch))
        indexer = ContextIndexer(Path(scratch) / "context")
        try:
            rss_before = psutil.Process().memory_info().rss
            first = indexer.rebuild(str(repo)).result()
            rss_after = psutil.Process().memory_info().rss
            indexer.forget(str(repo))
            # Traced apart: tracing slows the scan down several times.
            tracemalloc.start()
            indexer.rebuild(str(repo)).result()
            index_bytes, _peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            unchanged = indexer.refresh(str(repo)).result()
            changed_file = repo / sorted(first.index.files)[len(first.index.files) // 2]
            with changed_file.open("a", encoding="utf-8") as handle:
                handle.write("\n")
            time.sleep(0.01)  # a distinct modification time on coarse file systems
            one_changed = indexer.refresh(str(repo)).result()
        finally:
            indexer.close()
        store = sum(path.stat().st_size for path in (Path(scratch) / "context").glob("*"))
    return {
        "repo": str(root),
        "files": len(first.index.files),
        "declarations": first.index.declaration_count,
        "first_scan": _figures(first),
        "one_file_changed": {"file": changed_file.name, **_figures(one_changed)},
        "nothing_changed": _figures(unchanged),
        "index_memory_mb": round(index_bytes / 2**20, 2),
        "rss_growth_mb": round((rss_after - rss_before) / 2**20, 1),
        "store_mb": round(store / 2**20, 2),
    }
