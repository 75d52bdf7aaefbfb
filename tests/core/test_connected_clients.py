"""Which editors asked lately: their names, when they asked, how their last suggestion went.

Pure tables and a registry on a hand-driven clock; the real requests, shaped like each plugin's,
are in tests/server/test_connected_editors.py.
"""

from __future__ import annotations

import pytest

from desktop_app.base.errors import CancelReason
from desktop_app.core.connected_clients import (
    FORGET_AFTER_S,
    ConnectedClients,
    Suggestion,
    client_name,
    suggestion_of,
)
from desktop_app.core.delivery import EMPTY_RESULT, Delivery, Outcome
from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import ThrottleReason
from desktop_app.engine.types import (
    CompletionRequest,
    CompletionResult,
    GenerationParams,
    Origin,
    StopType,
)

TEXT = CompletionResult(text="return 1", stop_type=StopType.EOS)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def request(client_id: str = "127.0.0.1|curl/8.5.0", **changes: object) -> CompletionRequest:
    fields: dict[str, object] = {"origin": Origin.LLAMA_SERVER, "user_agent": "curl/8.5.0"}
    return CompletionRequest("x = ", client_id=client_id, **{**fields, **changes})  # type: ignore[arg-type]


def delivered(outcome: Outcome, reason: object = None, result: CompletionResult = TEXT) -> Delivery:
    return Delivery("cmpl-1", outcome, result, reason)  # type: ignore[arg-type]


class TestClientNames:
    @pytest.mark.parametrize(
        ("origin", "client_id", "agent", "name"),
        [
            (Origin.LLAMA_SERVER, "127.0.0.1|curl/8.5.0", "curl/8.5.0", "llama.vim"),
            (Origin.LLAMA_SERVER, "127.0.0.1|axios/1.16.0", "axios/1.16.0", "llama.vscode"),
            (Origin.OPENAI, "127.0.0.1|OpenAI/JS 5.10.1", "OpenAI/JS 5.10.1", "Continue"),
            (Origin.OLLAMA, "127.0.0.1|node-fetch", "node-fetch", "Continue"),
            (Origin.OLLAMA, "roblox-studio", "RobloxStudio/WinInet", "Roblox Studio"),
            (
                Origin.OLLAMA,
                "127.0.0.1|RobloxStudio/WinInet",
                "RobloxStudio/WinInet",
                "Roblox Studio",
            ),
            (Origin.OPENAI, "my-zed-plugin", "", "my-zed-plugin"),
        ],
    )
    def test_an_editor_is_named_as_people_know_it(
        self, origin: Origin, client_id: str, agent: str, name: str
    ) -> None:
        assert client_name(origin, client_id, agent) == name

    def test_curl_on_another_dialect_is_not_taken_for_llama_vim(self) -> None:
        assert client_name(Origin.OLLAMA, "127.0.0.1|curl/8.5.0", "curl/8.5.0") == ""

    def test_a_client_that_says_nothing_has_no_name(self) -> None:
        assert client_name(Origin.OPENAI, "127.0.0.1|", "") == ""

    def test_a_long_chosen_id_is_cut_to_a_line(self) -> None:
        assert client_name(Origin.OPENAI, "x" * 200, "") == "x" * 40


class TestSuggestionOutcomes:
    @pytest.mark.parametrize(
        ("delivery", "suggestion"),
        [
            (delivered(Outcome.SHOWN), Suggestion.SHOWN),
            (delivered(Outcome.SHOWN, result=EMPTY_RESULT), Suggestion.EMPTY),
            (delivered(Outcome.SUPPRESSED, SuppressReason.EMPTY), Suggestion.EMPTY),
            (delivered(Outcome.SUPPRESSED, SuppressReason.LOW_CONFIDENCE), Suggestion.UNSURE),
            (
                delivered(Outcome.SUPPRESSED, SuppressReason.LOW_TOKEN_CONFIDENCE),
                Suggestion.UNSURE,
            ),
            (delivered(Outcome.SUPPRESSED, SuppressReason.REPEATS_SUFFIX), Suggestion.HIDDEN),
            (delivered(Outcome.SUPPRESSED, SuppressReason.TRIVIAL), Suggestion.HIDDEN),
            (delivered(Outcome.THROTTLED, ThrottleReason.PAUSED), Suggestion.PAUSED),
            (delivered(Outcome.SUPERSEDED, CancelReason.SUPERSEDED), Suggestion.CANCELLED),
            (delivered(Outcome.CANCELLED, CancelReason.DISCONNECTED), Suggestion.CANCELLED),
        ],
    )
    def test_each_outcome_is_told_in_one_of_homes_words(
        self, delivery: Delivery, suggestion: Suggestion
    ) -> None:
        assert suggestion_of(delivery) is suggestion


class TestRegistry:
    def test_a_client_is_listed_when_it_asks_and_its_answer_says_how_it_went(self) -> None:
        clock = Clock()
        clients = ConnectedClients(clock=clock, wall=lambda: 1_700_000_000.0)
        asked = request()
        clients.asked(asked)
        [waiting] = clients.recent()
        assert (waiting.name, waiting.last, waiting.asked_at) == ("llama.vim", None, 1.7e9)
        clock.now += 12.4
        clients.answered(asked, delivered(Outcome.SHOWN))
        [answered] = clients.recent()
        assert (answered.last, answered.seconds_ago) == (Suggestion.SHOWN, 12)

    def test_a_warm_up_or_an_alternative_leaves_the_last_suggestion_as_it_was(self) -> None:
        clients = ConnectedClients(clock=Clock())
        first = request()
        clients.asked(first)
        clients.answered(first, delivered(Outcome.SHOWN))
        warm_up = request(params=GenerationParams(n_predict=0))
        clients.asked(warm_up)
        clients.answered(warm_up, delivered(Outcome.SHOWN, result=EMPTY_RESULT))
        clients.answered(request(choice=1), delivered(Outcome.SUPPRESSED, SuppressReason.EMPTY))
        clients.failed(request(choice=2))
        assert [client.last for client in clients.recent()] == [Suggestion.SHOWN]

    def test_a_failure_is_an_error(self) -> None:
        clients = ConnectedClients(clock=Clock())
        clients.asked(request())
        clients.failed(request())
        assert clients.recent()[0].last is Suggestion.ERROR

    def test_clients_are_listed_latest_first_and_forgotten_after_ten_minutes(self) -> None:
        clock = Clock()
        clients = ConnectedClients(clock=clock)
        clients.asked(request())
        clock.now += 60
        clients.asked(request("roblox-studio", origin=Origin.OLLAMA, user_agent=""))
        assert [c.name for c in clients.recent()] == ["Roblox Studio", "llama.vim"]
        clock.now += FORGET_AFTER_S - 30
        assert [c.name for c in clients.recent()] == ["Roblox Studio"]
        clock.now += 31
        assert clients.recent() == ()

    def test_in_process_callers_are_no_editor(self) -> None:
        clients = ConnectedClients(clock=Clock())
        clients.asked(request("bench", origin=Origin.IN_PROCESS))
        assert clients.recent() == ()

    def test_the_status_form_holds_names_and_outcomes_only(self) -> None:
        clients = ConnectedClients(clock=Clock(), wall=lambda: 5.0)
        asked = request()
        clients.asked(asked)
        clients.answered(asked, delivered(Outcome.SUPPRESSED, SuppressReason.LOW_CONFIDENCE))
        assert clients.recent()[0].to_dict() == {
            "name": "llama.vim",
            "dialect": "llama-server",
            "asked_at": 5.0,
            "seconds_ago": 0,
            "last_suggestion": "unsure",
        }

    def test_one_editor_under_two_ids_is_listed_once_as_it_last_asked(self) -> None:
        clock = Clock()
        clients = ConnectedClients(clock=clock)
        clients.asked(request())
        clients.answered(request(), delivered(Outcome.SHOWN))
        clock.now += 5
        clients.asked(request("llama.vim"))
        clients.failed(request("llama.vim"))
        [listed] = clients.recent()
        assert (listed.name, listed.last, listed.seconds_ago) == ("llama.vim", Suggestion.ERROR, 0)
