"""End to end on the real starter model, SmolLM2-135M-Instruct (no FIM tokens): the engine must
answer a fill-in-the-middle request with code, not chat, and reuse its cache between keystrokes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.base.settings import EngineSettings
from desktop_app.engine.decoder import Decoder
from desktop_app.engine.model import LoadedModel
from desktop_app.engine.prompt import TokenBudget
from desktop_app.engine.templates import INSTRUCTION_TEXT
from desktop_app.engine.types import CompletionRequest, GenerationParams, StopType
from desktop_app.engine.worker import EngineWorker
from tests.engine.support import tokenize_special

pytestmark = pytest.mark.e2e

# Generous caps: on a busy machine a slow answer is still an answer.
SETTINGS = EngineSettings(n_ctx=2048, n_threads=1, max_prompt_ms=600_000, max_predict_ms=600_000)
WAIT_S = 120
PREFIX = (
    'local Players = game:GetService("Players")\n'
    "\n"
    "local function teleportPlayer(player, position)\n"
    "    if not player or not player.Character then return end\n"
    '    local humanoidRoot = player.Character:FindFirstChild("HumanoidRootPart")\n'
    "    if not humanoidRoot then return end\n"
    "    humanoidRoot.CFrame = "
)
SUFFIX = "\nend\n"
CHAT_MARKERS = (
    "```", "Here is", "Here's", "Sure", "The code", "Middle:", "Prefix:", "Suffix:",
    "<|im_start|>", "<|im_end|>", "assistant",
)  # fmt: skip


@pytest.fixture(scope="module")
def worker(starter: Path) -> Iterator[EngineWorker]:
    engine = EngineWorker(SETTINGS)
    engine.load_model(starter).result(WAIT_S)
    yield engine
    engine.close()


def request(prefix: str) -> CompletionRequest:
    return CompletionRequest(
        prefix=prefix,
        suffix=SUFFIX,
        language="Luau",
        client_id="e2e",
        params=GenerationParams(n_predict=32),
    )


class TestStarterModel:
    def test_fim_request_gets_code_not_chat(self, worker: EngineWorker) -> None:
        result = worker.submit(request(PREFIX)).future.result(WAIT_S)
        assert result.template == "continuation"
        assert result.text.strip()
        assert not [marker for marker in CHAT_MARKERS if marker in result.text]
        assert result.stop_type in {StopType.EOS, StopType.LIMIT, StopType.WORD}
        assert result.min_logprob <= result.mean_logprob < 0

    def test_next_keystroke_reuses_most_of_the_prompt(self, worker: EngineWorker) -> None:
        worker.submit(request(PREFIX)).future.result(WAIT_S)
        result = worker.submit(request(PREFIX + "C")).future.result(WAIT_S)
        assert result.tokens_cached > 0
        assert result.tokens_cached >= result.prompt_tokens - 3

    def test_instruction_prompt_matches_the_models_chat_template(self, starter: Path) -> None:
        # The model's own template writes "<|im_start|>user\n…<|im_end|>\n<|im_start|>assistant\n".
        model = LoadedModel.load(starter, SETTINGS, "instruction")
        try:
            decoder = Decoder(model, SETTINGS, TokenBudget())
            text = INSTRUCTION_TEXT.format(language="Luau", prefix=PREFIX, suffix=SUFFIX)
            chat = f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"
            expected = tokenize_special(model, chat)
            assert decoder.prompt_tokens(request(PREFIX)).tokens == expected
        finally:
            model.close()
