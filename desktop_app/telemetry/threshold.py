"""A confidence threshold fitted to one person's own accept and reject history.

A published field study of a local completion extension found accepted completions far more
confident than rejected ones (-0.035 vs -0.121 nats per token), but where the line falls depends on
the model, the language and the person. `mezzo stats --suggest-threshold` proposes a value for
GatingSettings.min_mean_logprob.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ThresholdSuggestion:
    threshold: float | None  # suggested GatingSettings.min_mean_logprob; None: no suggestion
    reason: str
    accepted: int  # viewed completions with a confidence that were accepted
    rejected: int
    accepted_kept: int  # how many of each the threshold would still show
    rejected_kept: int
    youden_j: float | None


MIN_SAMPLES_EACH = 5  # fewer accepts or rejects than this, and the fit is noise
MIN_YOUDEN_J = 0.1  # a cut that barely beats showing everything is not worth suggesting


def suggest_threshold(
    samples: Iterable[tuple[float, bool]],
    min_each: int = MIN_SAMPLES_EACH,
    min_j: float = MIN_YOUDEN_J,
) -> ThresholdSuggestion:
    """A confidence threshold fitted to this person's own accepts and rejects.

    Rule: choose the threshold t (keep a completion when its mean log-probability >= t) that
    maximises Youden's J = (share of accepted completions kept) - (share of rejected ones kept).
    J weighs a lost accept and a shown reject by how rare each is, so it does not collapse to
    "suppress everything" when, as in that study, only 9 % of completions are accepted (maximising
    the raw accepted-kept minus rejected-kept would). Candidates are the observed values of
    accepted completions; the threshold reported is the midpoint between the chosen value and
    the next lower observed value, so it does not sit exactly on a data point. Ties go to the
    lower threshold (show more). With fewer than `min_each` accepts or rejects, or when the best
    threshold hardly beats showing everything (J < `min_j`), there is no suggestion.
    """
    pairs = sorted(samples)
    accepted = sum(1 for _, ok in pairs if ok)
    rejected = len(pairs) - accepted
    if accepted < min_each or rejected < min_each:
        return ThresholdSuggestion(
            None, f"needs at least {min_each} accepted and {min_each} rejected completions "
            f"with a confidence (have {accepted} and {rejected})", accepted, rejected,
            accepted, rejected, None,
        )  # fmt: skip
    best: tuple[float, float, int, int] | None = None  # (J, t, accepted kept, rejected kept)
    for t in sorted({value for value, ok in pairs if ok}):
        kept_a = sum(1 for value, ok in pairs if ok and value >= t)
        kept_r = sum(1 for value, ok in pairs if not ok and value >= t)
        j = kept_a / accepted - kept_r / rejected
        if best is None or j > best[0] + 1e-12:
            best = (j, t, kept_a, kept_r)
    assert best is not None
    j, t, kept_a, kept_r = best
    if j < min_j:
        return ThresholdSuggestion(
            None, "confidence does not separate your accepted and rejected completions",
            accepted, rejected, accepted, rejected, round(max(j, 0.0), 4),
        )  # fmt: skip
    below = [value for value, _ in pairs if value < t]
    threshold = (t + max(below)) / 2 if below else t
    return ThresholdSuggestion(
        round(threshold, 4),
        f"keeps {kept_a} of {accepted} accepted and {kept_r} of {rejected} rejected completions",
        accepted, rejected, kept_a, kept_r, round(j, 4),
    )  # fmt: skip
