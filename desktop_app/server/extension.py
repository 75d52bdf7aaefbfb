"""Mezzo's own fields in every dialect's answer (`mezzo{…}`): upstream clients ignore them.

They say what became of the completion in the core's typed terms (`outcome`, `suppressed`,
`throttled`) and, in `message`, in a sentence for the person reading a client's log.
"""

from __future__ import annotations

from typing import Any

from desktop_app.base.errors import CancelReason, RequestCancelledError
from desktop_app.core.delivery import Delivery, Outcome
from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import ThrottleReason

SUPPRESSION_SENTENCES = {
    SuppressReason.EMPTY: "the model suggested nothing",
    SuppressReason.TRIVIAL: "the suggestion was too short to be worth showing",
    SuppressReason.REPEATS_SUFFIX: "the suggestion repeats the text after the cursor",
    SuppressReason.REPEATS_NEXT_LINE: "the suggestion repeats the next line",
    SuppressReason.LOW_CONFIDENCE: "the model was unsure of the suggestion",
    SuppressReason.LOW_TOKEN_CONFIDENCE: "the model was unsure of part of the suggestion",
}


def explain(delivery: Delivery) -> str:
    """Why an answer is empty, in words; "" for a shown completion."""
    reason = delivery.reason
    if isinstance(reason, ThrottleReason) and delivery.power is not None:
        return delivery.power.reason  # e.g. "paused until 14:05"
    if isinstance(reason, SuppressReason):
        return SUPPRESSION_SENTENCES[reason]
    if isinstance(reason, CancelReason):
        return RequestCancelledError.MESSAGES[reason]
    return ""


def mezzo_fields(delivery: Delivery) -> dict[str, Any]:
    result = delivery.result
    outcome = delivery.outcome
    reason = delivery.reason.value if delivery.reason is not None else ""
    return {
        "completion_id": delivery.completion_id,
        "outcome": outcome.value,
        "suppressed": reason if outcome is Outcome.SUPPRESSED else "",
        "throttled": reason if outcome is Outcome.THROTTLED else "",
        "message": explain(delivery),
        "mean_logprob": result.mean_logprob,
        "min_logprob": result.min_logprob,
        "adapter": result.adapter,
        "template": result.template,
        # Which repository context went into the prompt: file names and token counts only.
        "context": [use.to_dict() for use in delivery.context],
        "cleanup": [rule.value for rule in delivery.cleanup],
        "timings": {
            "queue_ms": result.timings.queue_ms,
            "prompt_ms": result.timings.prompt_ms,
            "predict_ms": result.timings.predict_ms,
        },
    }
