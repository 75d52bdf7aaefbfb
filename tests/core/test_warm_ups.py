"""A cursor-less warm-up runs at its client's last cursor, so the next completion reuses it."""

from __future__ import annotations

from desktop_app.core.warm_ups import WarmUpContext
from desktop_app.engine.types import CompletionRequest, ExtraChunk, GenerationParams

RING = (ExtraChunk("a.lua", "local x = 1\n"),)


def completion(client: str = "vim", prefix: str = "local y = ") -> CompletionRequest:
    return CompletionRequest(prefix=prefix, suffix="\nend\n", client_id=client, filename="b.lua")


def warm_up(client: str = "vim") -> CompletionRequest:
    return CompletionRequest("", client_id=client, extra=RING, params=GenerationParams(n_predict=0))


class TestWarmUps:
    def test_a_warm_up_gets_the_clients_last_cursor_and_keeps_its_own_ring(self) -> None:
        context = WarmUpContext()
        context.prepared(completion())
        prepared = context.prepared(warm_up())
        assert (prepared.prefix, prepared.suffix, prepared.filename) == (
            "local y = ", "\nend\n", "b.lua"
        )  # fmt: skip
        assert prepared.extra == RING and prepared.params.n_predict == 0

    def test_another_clients_cursor_is_never_used(self) -> None:
        context = WarmUpContext()
        context.prepared(completion(client="vscode"))
        assert context.prepared(warm_up("vim")) == warm_up("vim")

    def test_a_warm_up_with_its_own_cursor_is_left_alone(self) -> None:
        context = WarmUpContext()
        context.prepared(completion())
        own = CompletionRequest(prefix="x", client_id="vim", params=GenerationParams(n_predict=0))
        assert context.prepared(own) == own

    def test_only_the_latest_clients_are_remembered(self) -> None:
        context = WarmUpContext(max_clients=2)
        for client in ("a", "b", "c"):
            context.prepared(completion(client=client))
        assert context.prepared(warm_up("a")).prefix == ""
        assert context.prepared(warm_up("c")).prefix == "local y = "
