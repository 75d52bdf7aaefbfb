"""Every answer, in every dialect, streamed or not, becomes one row in the telemetry database
with the numbers statistics need: which model and adapter, which language, how many prompt
tokens and how many of them came from the cache, where the time went, how long and how confident
the completion was, how it ended and whether it was hidden or replaced."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.adapters.support import git_repo
from tests.e2e.conftest import StartE2E, completion_row
from tests.e2e.dialects import DIALECTS, PREFIX, Answer, Dialect, complete
from tests.server.live import HTTP_TIMEOUT, LiveServer


@pytest.fixture
def live(shared: LiveServer) -> LiveServer:
    return shared


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.id)
class TestEveryDialectIsRecorded:
    def test_the_row_describes_the_answer(
        self, live: LiveServer, dialect: Dialect, tiny_qwen_model: Path
    ) -> None:
        answer = complete(live, dialect, filepath="src/shapes/area.py", client="recorder")
        assert answer.status == 200
        assert answer.text
        row = completion_row(live, answer.completion_id)
        assert row["dialect"] == dialect.name
        assert (row["model_id"], row["model_version"], row["adapter"]) == (
            tiny_qwen_model.stem, "", ""
        )  # fmt: skip
        assert row["language"] == "python"
        assert row["client_hash"] == live.core.telemetry.hash_client("recorder")
        assert row["prompt_tokens"] > 0
        assert 0 <= row["tokens_reused"] <= row["prompt_tokens"]
        assert row["queue_ms"] >= 0
        assert row["prompt_ms"] > 0
        assert row["generation_ms"] > 0
        assert row["completion_chars"] == len(answer.text)
        assert row["completion_lines"] == answer.text.count("\n") + 1
        assert row["min_logprob"] <= row["mean_logprob"] < 0
        assert row["finish_reason"] == "length"  # the tiny model always runs to n_predict
        assert (row["suppressed"], row["suppress_reason"], row["superseded"]) == (0, "", 0)

    def test_the_language_field_names_the_language_when_there_is_no_file(
        self, live: LiveServer, dialect: Dialect
    ) -> None:
        answer = complete(live, dialect, language="Rust")
        assert completion_row(live, answer.completion_id)["language"] == "rust"

    def test_the_language_field_wins_over_the_file_extension(
        self, live: LiveServer, dialect: Dialect
    ) -> None:
        answer = complete(live, dialect, filepath="game/inventory.luau", language="lua")
        assert completion_row(live, answer.completion_id)["language"] == "lua"

    def test_without_either_the_language_is_unknown(
        self, live: LiveServer, dialect: Dialect
    ) -> None:
        answer = complete(live, dialect)
        assert completion_row(live, answer.completion_id)["language"] == "unknown"


class TestFiguresMatchTheAnswer:
    def test_confidence_and_timings_are_the_ones_the_client_was_told(
        self, live: LiveServer
    ) -> None:
        answer = complete(live, DIALECTS[0])
        row = completion_row(live, answer.completion_id)
        timings, mezzo = answer.final["timings"], answer.mezzo
        assert mezzo is not None
        assert (row["mean_logprob"], row["min_logprob"]) == (
            mezzo["mean_logprob"], mezzo["min_logprob"]
        )  # fmt: skip
        assert (row["prompt_ms"], row["generation_ms"]) == (
            timings["prompt_ms"], timings["predicted_ms"]
        )  # fmt: skip
        assert row["tokens_reused"] == timings["cache_n"]

    def test_asking_again_records_the_prompt_tokens_reused_from_the_cache(
        self, live: LiveServer
    ) -> None:
        prefix = "class Rectangle:\n    def area(self):\n        return "
        complete(live, DIALECTS[0], prefix=prefix, client="cache")
        again = complete(live, DIALECTS[0], prefix=prefix + "self.", client="cache")
        row = completion_row(live, again.completion_id)
        assert 0 < row["tokens_reused"] < row["prompt_tokens"]
        assert row["tokens_reused"] == again.final["timings"]["cache_n"]


class TestModelAndAdapter:
    def test_a_bundle_is_recorded_by_id_and_version_and_a_mapped_adapter_by_name(
        self, start: StartE2E, tiny_qwen_model: Path, tiny_lora: Path, tmp_path: Path
    ) -> None:
        live = start(None)
        manifest = live.core.bundles.import_file(tiny_qwen_model, bundle_id="tiny-qwen",
                                                 activate=True)  # fmt: skip
        live.core.load_model().result(HTTP_TIMEOUT)
        adapter = live.core.adapters.add(tiny_lora, name="roblox")
        game = git_repo(tmp_path / "game")
        live.core.adapters.map(str(game), "roblox")
        mapped = complete(live, DIALECTS[0], filepath=str(game / "src" / "shop.luau"))
        plain = complete(live, DIALECTS[0], filepath=str(tmp_path / "elsewhere.luau"))
        mapped_row = completion_row(live, mapped.completion_id)
        plain_row = completion_row(live, plain.completion_id)
        for row in (mapped_row, plain_row):
            assert (row["model_id"], row["model_version"]) == ("tiny-qwen", manifest.version)
            assert row["language"] == "luau"
        assert mapped_row["adapter"] == adapter.ref
        assert plain_row["adapter"] == ""


class TestSuperseded:
    def test_a_replaced_request_is_recorded_as_superseded_not_suppressed(
        self, live: LiveServer
    ) -> None:
        answers: list[Answer] = []
        with live.engine_blocked():
            older = threading.Thread(
                target=lambda: answers.append(complete(live, DIALECTS[0], client="typist"))
            )
            older.start()
            live.wait_until(lambda: live.core.engine.queued() == 1, "the first is queued")
            newer = threading.Thread(
                target=lambda: answers.append(
                    complete(live, DIALECTS[0], prefix=PREFIX + "w", client="typist")
                )
            )
            newer.start()
            older.join(HTTP_TIMEOUT)
        newer.join(HTTP_TIMEOUT)
        replaced, served = answers
        assert replaced.text == ""
        row = completion_row(live, replaced.completion_id)
        assert (row["superseded"], row["suppressed"], row["suppress_reason"]) == (1, 0, "")
        assert row["finish_reason"] == "cancelled"
        assert completion_row(live, served.completion_id)["superseded"] == 0
