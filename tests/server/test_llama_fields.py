"""llama-server request fields clients use beyond the basics: `n_probs` and prompts given as
token ids, checked against what upstream answers."""

from __future__ import annotations

import math
import re

import pytest

from tests.server.live import LiveServer

PROMPT = "def add(a, b):\n    return "


def tokens_of(server: LiveServer, text: str, add_special: bool = False) -> list[int]:
    body = {"content": text, "add_special": add_special}
    return server.post("/tokenize", body).json()["tokens"]


class TestNProbs:
    def test_each_generated_token_comes_with_its_logprob_and_the_likeliest_ones(
        self, server: LiveServer
    ) -> None:
        body = {"prompt": PROMPT, "n_predict": 5, "n_probs": 3, "temperature": 0.0}
        answer = server.post("/completion", body).json()
        steps = answer["completion_probabilities"]
        assert len(steps) == answer["tokens_predicted"] > 0
        assert "".join(step["token"] for step in steps) == answer["content"]
        for step in steps:
            assert bytes(step["bytes"]) == step["token"].encode()
            assert step["logprob"] <= 0.0
            top = step["top_logprobs"]
            assert len(top) == 3
            assert [t["logprob"] for t in top] == sorted((t["logprob"] for t in top), reverse=True)
            # greedy: the token drawn is the likeliest, with the same log-probability
            assert top[0]["id"] == step["id"]
            assert math.isclose(top[0]["logprob"], step["logprob"], abs_tol=1e-5)

    def test_without_n_probs_there_are_none(self, server: LiveServer) -> None:
        answer = server.post("/completion", {"prompt": PROMPT, "n_predict": 3}).json()
        assert "completion_probabilities" not in answer

    def test_n_probs_out_of_range_is_a_400(self, server: LiveServer) -> None:
        response = server.post("/completion", {"prompt": PROMPT, "n_probs": -1})
        assert response.status_code == 400
        assert "n_probs" in response.json()["error"]["message"]


class TestTokenPrompts:
    def test_token_ids_answer_as_the_same_text_does(self, server: LiveServer) -> None:
        text = server.post("/completion", {"prompt": PROMPT, "n_predict": 6}).json()
        ids = tokens_of(server, PROMPT, add_special=True)
        by_ids = server.post("/completion", {"prompt": ids, "n_predict": 6}).json()
        assert by_ids["content"] == text["content"]
        assert by_ids["tokens_evaluated"] == text["tokens_evaluated"] == len(ids)

    def test_text_and_ids_mixed_are_joined_in_order(self, server: LiveServer) -> None:
        head, tail = "def add(a, b):", "\n    return "
        mixed = [head, *tokens_of(server, tail)]
        answer = server.post("/completion", {"prompt": mixed, "n_predict": 4}).json()
        expected = tokens_of(server, head, add_special=True) + tokens_of(server, tail)
        assert answer["tokens_evaluated"] == len(expected)

    @pytest.mark.parametrize("prompt", [[10**9], [-1], [1.5], [{"x": 1}]])
    def test_an_id_outside_the_vocabulary_or_not_an_id_is_a_400(
        self, server: LiveServer, prompt: list[object]
    ) -> None:
        response = server.post("/completion", {"prompt": prompt, "n_predict": 4})
        assert response.status_code == 400
        assert re.search(r"prompt|vocabulary", response.json()["error"]["message"])

    def test_infill_still_takes_only_text(self, server: LiveServer) -> None:
        response = server.post("/infill", {"input_prefix": "x", "prompt": [1, 2]})
        assert response.status_code == 400
