"""The repository-index and clean-up benchmarks: figures from real work, never asserted on time."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from desktop_app.cli import main
from desktop_app.quality.index_bench import bench_index
from tests.context.projects import SHOP_MODULE, luau_game


def test_index_bench_rescans_only_the_file_it_changed_and_leaves_the_repo_alone(
    tmp_path: Path,
) -> None:
    game = luau_game(tmp_path / "game")
    before = {p: p.read_bytes() for p in game.rglob("*") if p.is_file() and ".git" not in p.parts}
    figures = bench_index(game)
    assert figures["files"] == 3
    assert figures["first_scan"]["parsed"] == 3
    assert figures["one_file_changed"]["parsed"] == 1
    assert figures["one_file_changed"]["unchanged"] == 2
    assert figures["nothing_changed"]["parsed"] == 0
    assert figures["index_memory_mb"] > 0.0  # the index is held in memory
    after = {p: p.read_bytes() for p in game.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert after == before  # the benchmark changed its own copy


def test_cleanup_bench_times_every_cursor_of_the_files(tmp_path: Path) -> None:
    module = tmp_path / "Shop.luau"
    module.write_text(SHOP_MODULE * 3, "utf-8")
    result = CliRunner().invoke(main, ["bench", "cleanup", str(module), "--every", "3"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["samples"] == len(range(0, (SHOP_MODULE * 3).count("\n"), 3))
    assert figures["clean_p50_ms"] <= figures["clean_p95_ms"] <= figures["clean_max_ms"]
    assert 0.0 < figures["changed_share"] <= 1.0  # the samples run past their middle
