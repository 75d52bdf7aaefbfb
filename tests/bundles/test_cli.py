"""`mezzo models …` end to end against the fake hub: the demo a person would run."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.base.paths import MezzoPaths
from tests.fakehub.fixtures import MezzoCli, mezzo_cli
from tests.fakehub.models import gguf_bytes
from tests.fakehub.world import CODER_FILE, CODER_REPO, GATED_TOKEN, World, sha256


@pytest.fixture
def mezzo(
    world: World, paths: MezzoPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MezzoCli:
    """Run `mezzo models --catalog <test catalog> ARGS…` in-process, as the console would."""
    monkeypatch.setenv("HF_ENDPOINT", world.hub.endpoint)
    monkeypatch.setenv("MEZZO_STARTER_MODEL", str(world.starter))
    return mezzo_cli("models", "--catalog", str(world.write_catalog(tmp_path)))


class TestCommands:
    def test_pull_use_rollback_and_verify_work_from_the_command_line(
        self, mezzo: MezzoCli, world: World
    ) -> None:
        result = mezzo("pull", "tiny-coder@1", "--on-battery")
        assert f"installed tiny-coder@1 ({sha256(world.v1)[:12]}" in result.output
        assert "downloading tiny-coder@1" in result.output  # the progress bar
        mezzo("pull", "tiny-coder", "--use", "--on-battery")
        listing = mezzo("list").output
        assert "* tiny-coder@2" in listing and "  tiny-coder@1" in listing
        assert "now using tiny-coder@1" in mezzo("rollback").output
        assert "now using tiny-coder@2" in mezzo("use", "tiny-coder@2").output
        assert "all 2 model(s) intact" in mezzo("verify").output

    def test_list_all_shows_what_is_on_offer(self, mezzo: MezzoCli) -> None:
        output = mezzo("list", "--all").output
        assert "No models installed yet" in output
        assert "tiny-coder@2" in output and "big-coder@1" in output

    def test_verify_fails_on_a_damaged_model_and_pull_repair_fixes_it(
        self, mezzo: MezzoCli, world: World, paths: MezzoPaths
    ) -> None:
        mezzo("pull", "tiny-coder@1", "--on-battery")
        blob = paths.models_dir / "blobs" / f"sha256-{sha256(world.v1)}"
        blob.write_bytes(blob.read_bytes()[:-1] + b"\x00")
        result = mezzo("verify", expect=1)
        assert "PROBLEM tiny-coder@1  damaged" in result.output
        assert "--repair" in result.output
        mezzo("pull", "tiny-coder@1", "--repair", "--on-battery")
        mezzo("verify")

    def test_remove_deletes_a_version_not_in_use(self, mezzo: MezzoCli) -> None:
        mezzo("pull", "tiny-coder@1", "--on-battery")
        mezzo("pull", "tiny-coder@2", "--on-battery")
        assert "removed tiny-coder@2" in mezzo("remove", "tiny-coder@2").output
        assert "tiny-coder@2" not in mezzo("list").output

    def test_a_direct_hub_reference_can_be_pulled(self, mezzo: MezzoCli, world: World) -> None:
        result = mezzo("pull", f"{CODER_REPO}/{CODER_FILE}@{world.commit1}", "--on-battery")
        assert f"@{world.commit1[:12]}" in result.output

    def test_import_installs_a_local_file(self, mezzo: MezzoCli, tmp_path: Path) -> None:
        path = tmp_path / "local-coder.gguf"
        path.write_bytes(gguf_bytes(seed=11))
        assert "installed local-coder@" in mezzo("import", str(path), "--use").output
        assert "* local-coder@" in mezzo("list").output


class TestMessages:
    def test_a_gated_model_asks_for_a_token_without_a_traceback(self, mezzo: MezzoCli) -> None:
        result = mezzo("pull", "gated-coder", "--on-battery", expect=1)
        assert "mezzo models login" in result.output
        assert "Traceback" not in result.output

    def test_login_keeps_the_token_in_the_keyring_and_gated_pulls_then_work(
        self, mezzo: MezzoCli, world: World
    ) -> None:
        assert "saved in the system keyring" in mezzo("login", "--token", GATED_TOKEN).output
        mezzo("pull", "gated-coder", "--on-battery")
        mezzo("logout")
        assert world.keyring.secrets == {}

    def test_a_mistyped_name_points_at_the_list(self, mezzo: MezzoCli) -> None:
        assert "mezzo models list" in mezzo("pull", "tiny-codr", expect=1).output

    def test_an_unsigned_remote_catalog_is_refused_with_a_clear_message(
        self, mezzo: MezzoCli, world: World
    ) -> None:
        world.hub.publish("mezzo/catalog", {"catalog.json": b'{"schema": 1, "bundles": []}'})
        result = mezzo("refresh", "mezzo/catalog", expect=1)
        assert "not signed" in result.output

    def test_an_offline_hub_says_so(self, mezzo: MezzoCli, world: World) -> None:
        world.hub.status = 503
        assert "busy" in mezzo("pull", "tiny-coder@1", "--on-battery", expect=1).output
