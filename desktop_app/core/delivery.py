"""What a client is told about one completion: a typed outcome, and why.

The reasons are enums all the way to telemetry; the sentence a person reads is made from them
at the edge (the server's dialects, the app's windows).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.base.errors import CancelReason
from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import PowerStatus, ThrottleReason
from desktop_app.core.repo_context import ContextUse
from desktop_app.engine.types import CompletionResult, StopType
from desktop_app.syntax.cleanup import CleanupRule


class Outcome(StrEnum):
    SHOWN = "shown"  # the text goes to the editor (empty for a cache warm-up)
    SUPPRESSED = "suppressed"  # computed, then held back by the gate
    THROTTLED = "throttled"  # never computed: the power policy turned it away
    SUPERSEDED = "superseded"  # a newer request from the same client replaced it
    CANCELLED = "cancelled"  # the client hung up, or Mezzo is quitting

    @classmethod
    def of_cancel(cls, reason: CancelReason) -> Outcome:
        return cls.SUPERSEDED if reason is CancelReason.SUPERSEDED else cls.CANCELLED


Reason = SuppressReason | ThrottleReason | CancelReason


@dataclass(frozen=True, slots=True)
class Delivery:
    """What a client is told about one completion."""

    completion_id: str
    outcome: Outcome
    result: CompletionResult
    reason: Reason | None = None  # why it is not shown; None when it is
    power: PowerStatus | None = None  # the reading this request went by
    retry_after_ms: int | None = None  # for a throttled request: when asking again can help
    # The repository context in its prompt (names, kinds, sizes) and the clean-up rules that
    # changed its text: what the response's `mezzo` object reports, never any code.
    context: tuple[ContextUse, ...] = ()
    cleanup: tuple[CleanupRule, ...] = ()

    @property
    def text(self) -> str:
        return self.result.text if self.outcome is Outcome.SHOWN else ""


EMPTY_RESULT = CompletionResult(text="", stop_type=StopType.NONE)
