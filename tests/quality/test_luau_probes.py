"""Each Luau probe asks one yes-or-no question about a Roblox idiom, and asks it fairly.

A probe is fair when its own reference answer passes, the likely wrong answer fails, and the
script around the cursor is valid Luau, so that a model is judged on the idiom alone.
"""

from __future__ import annotations

import pytest

from desktop_app.quality.luau_probes import Probe, luau_probes, probe_named
from desktop_app.quality.rows import RowKind, Split
from desktop_app.syntax.grammars import grammar_named, parses_cleanly

NAMES = [probe.name for probe in luau_probes()]

# For each probe, completions a model plausibly writes that miss the idiom.
WRONG: dict[str, tuple[str, ...]] = {
    "arithmetic": ("* quantity", "quantity +", "quantity)"),
    "function-body": ("end", "print(humanoid)", "return humanoid.Health", "return true"),
    "find-first-child": ("SpawnLocation", '"")', "workspace.SpawnLocation"),
    "task-wait": ("wait(1)", "wait()", "task.wait(1) wait(1)", "task.delay(1, print)"),
    "typed-parameter": ("amount", "int", "Humanoid", "numbers"),
    "require-module": ('"Inventory")', ")", "end", ':WaitForChild("Inventory"))'),
    "character-added": ("function()", "print", "onCharacterAdded)"),
    "pcall": ("coinStore:SetAsync(tostring(player.UserId), coins)", "true, nil"),
    "strict-header": ("--!nonstrict", "-- strict", "local Players", "--!strictly"),
    "get-service": ("game.Players", 'game:GetService("Workspace")', "Players"),
}

# Right answers other than the reference, written the way people also write them.
ALSO_RIGHT: dict[str, tuple[str, ...]] = {
    "arithmetic": (" (quantity - 1)\n\treturn total", "quantity*1.2"),
    "function-body": ("return 0 < humanoid.Health\nend", "\n\treturn humanoid.Health>0"),
    "find-first-child": ("'SpawnLocation')", ' "Spawn" '),
    "task-wait": ("task.wait (1)", "task.wait()\n\tprint(Lighting.ClockTime)"),
    "typed-parameter": ("number)", " number?"),
    "require-module": ("Modules.Inventory)", "InventoryService"),
    "character-added": ("function(char: Model)", "function( character )\n\tend"),
    "pcall": ("pcall(coinStore.SetAsync, coinStore, tostring(player.UserId), coins)",),
    "strict-header": ("\n--!strict\n", "--!strict"),
    "get-service": ("game:GetService('Players')", 'game : GetService ( "Players" )'),
}


def test_there_are_ten_probes_with_unique_names() -> None:
    assert len(NAMES) == 10
    assert len(set(NAMES)) == 10


def test_the_answer_tables_cover_every_probe() -> None:
    assert set(WRONG) == set(NAMES)
    assert set(ALSO_RIGHT) == set(NAMES)


def test_probes_are_found_by_name() -> None:
    assert probe_named("task-wait").row.middle == "task.wait(1)"
    with pytest.raises(KeyError, match="no Luau probe named 'wait'"):
        probe_named("wait")


@pytest.mark.parametrize("probe", luau_probes(), ids=NAMES)
class TestEachProbe:
    def test_its_reference_answer_passes(self, probe: Probe) -> None:
        assert probe.check(probe.row.middle)

    def test_other_right_answers_pass(self, probe: Probe) -> None:
        for completion in ALSO_RIGHT[probe.name]:
            assert probe.check(completion), completion

    def test_an_empty_completion_fails(self, probe: Probe) -> None:
        assert not probe.check("")
        assert not probe.check("\n  \n")

    def test_plausible_wrong_answers_fail(self, probe: Probe) -> None:
        for completion in WRONG[probe.name]:
            assert not probe.check(completion), completion

    def test_the_script_with_the_reference_answer_is_valid_luau(self, probe: Probe) -> None:
        grammar = grammar_named("Luau")
        row = probe.row

        assert grammar is not None
        assert parses_cleanly(grammar, row.prefix + row.middle + row.suffix)

    def test_its_row_is_a_held_out_luau_probe(self, probe: Probe) -> None:
        row = probe.row

        assert (row.language, row.kind, row.split, row.repo) == (
            "Luau",
            RowKind.PROBE,
            Split.HELD_OUT,
            "luau-probes",
        )
        assert row.path == f"probes/{probe.name}.luau"
        assert row.line == row.prefix.count("\n") + 1
        assert probe.criterion.endswith(".")
