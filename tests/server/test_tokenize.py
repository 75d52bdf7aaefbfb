"""llama-server's `/tokenize` and `/detokenize`, which clients use to budget their context."""

from __future__ import annotations

from tests.server.conftest import StartServer
from tests.server.live import LiveServer

CODE = "local function f(x)\n  return x + 1\nend\n"


class TestTokenize:
    def test_text_comes_back_as_ids_that_detokenize_to_the_same_text(
        self, server: LiveServer
    ) -> None:
        tokens = server.post("/tokenize", {"content": CODE}).json()["tokens"]
        assert tokens and all(isinstance(t, int) for t in tokens)
        assert server.post("/detokenize", {"tokens": tokens}).json() == {"content": CODE}

    def test_with_pieces_each_id_comes_with_its_text(self, server: LiveServer) -> None:
        plain = server.post("/tokenize", {"content": CODE}).json()["tokens"]
        pieces = server.post("/tokenize", {"content": CODE, "with_pieces": True}).json()["tokens"]
        assert [p["id"] for p in pieces] == plain
        assert "".join(p["piece"] for p in pieces if isinstance(p["piece"], str)) == CODE

    def test_add_special_puts_the_models_start_token_first_when_it_has_one(
        self, server: LiveServer
    ) -> None:
        plain = server.post("/tokenize", {"content": CODE}).json()["tokens"]
        special = server.post("/tokenize", {"content": CODE, "add_special": True}).json()
        assert special["tokens"][-len(plain) :] == plain
        assert len(special["tokens"]) >= len(plain)

    def test_empty_text_is_no_tokens(self, server: LiveServer) -> None:
        assert server.post("/tokenize", {"content": ""}).json() == {"tokens": []}


class TestBadInput:
    def test_an_id_outside_the_vocabulary_is_a_400(self, server: LiveServer) -> None:
        response = server.post("/detokenize", {"tokens": [10**9]})
        assert response.status_code == 400
        assert "vocabulary" in response.json()["error"]["message"]

    def test_a_missing_or_wrong_field_is_a_400(self, server: LiveServer) -> None:
        assert server.post("/tokenize", {}).status_code == 400
        assert server.post("/detokenize", {"tokens": ["a"]}).status_code == 400
        assert server.post("/detokenize", {"tokens": [-1]}).status_code == 400

    def test_without_a_model_it_is_a_503(self, start_server: StartServer) -> None:
        empty = start_server(None, load=False)
        response = empty.post("/tokenize", {"content": CODE})
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
