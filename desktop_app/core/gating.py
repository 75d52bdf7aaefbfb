"""Decide whether a finished completion is worth showing at all.

A published field study of a local completion extension found that a quarter of rejected suggestions
(13 % redundant with the suffix, 13 % trivial) could be dropped before the person ever sees them,
and that confidence separates the rest: accepted completions averaged -0.035 nats per token,
rejected ones -0.121. A suggestion the person must read and dismiss costs attention, so the server
answers those requests with an empty completion instead and records why (telemetry counts
suppressions per reason).

The repeat checks follow llama.vscode's `shouldDiscardSuggestion`: a suggestion is dropped when it
equals the rest of the line, or when the line it would produce already exists as the next
non-empty line below the cursor. Comparisons ignore whitespace differences, because editors
re-indent and trim trailing spaces on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.base.settings import GatingSettings

# The mean log-probability a suggestion must reach when neither the person nor the model's catalog
# entry says: the offline starter's value, lenient enough for the small models people load by file.
UNKNOWN_MODEL_FLOOR = -1.2


def confidence_floor(settings: GatingSettings, model_floor: float | None) -> float:
    """The threshold in force: the person's own, else the model's, else UNKNOWN_MODEL_FLOOR."""
    if settings.min_mean_logprob is not None:
        return settings.min_mean_logprob
    return model_floor if model_floor is not None else UNKNOWN_MODEL_FLOOR


class SuppressReason(StrEnum):
    EMPTY = "empty"  # nothing but whitespace
    TRIVIAL = "trivial"  # shorter than GatingSettings.min_chars once stripped
    REPEATS_SUFFIX = "repeats_suffix"  # the text already follows the cursor
    REPEATS_NEXT_LINE = "repeats_next_line"  # the line it would write is the next line already
    LOW_CONFIDENCE = "low_confidence"  # mean log-probability under the threshold
    LOW_TOKEN_CONFIDENCE = "low_token_confidence"  # one token far less likely than the rest


@dataclass(frozen=True, slots=True)
class GateDecision:
    keep: bool
    reason: SuppressReason | None = None

    @property
    def suppressed(self) -> bool:
        return not self.keep


KEEP = GateDecision(keep=True)


def gate(
    text: str,
    settings: GatingSettings,
    *,
    suffix: str = "",
    line_prefix: str = "",
    next_line: str | None = None,
    mean_logprob: float | None = None,
    min_logprob: float | None = None,
    model_floor: float | None = None,
) -> GateDecision:
    """Keep `text`, or say why it should be suppressed.

    `suffix` is the text after the cursor (the rest of the current line first), `line_prefix`
    the current line up to the cursor, and `next_line` the next non-empty line below the cursor;
    when `next_line` is None it is taken from `suffix`. Log-probabilities are natural logs per
    token; None means the engine reported no confidence, and the confidence checks are skipped.
    `model_floor` is the loaded model's own mean log-probability threshold (its catalog entry),
    used unless the person set one.
    Content checks run before confidence checks, so a trivial suggestion is reported as trivial
    even when it is also unlikely.
    """
    stripped = text.strip()
    if not stripped:
        return GateDecision(False, SuppressReason.EMPTY)
    if len(stripped) < settings.min_chars:
        return GateDecision(False, SuppressReason.TRIVIAL)
    if settings.drop_repeats:
        reason = _repeat_reason(text, suffix, line_prefix, next_line)
        if reason is not None:
            return GateDecision(False, reason)
    if settings.enabled:
        floor = confidence_floor(settings, model_floor)
        if mean_logprob is not None and mean_logprob < floor:
            return GateDecision(False, SuppressReason.LOW_CONFIDENCE)
        if min_logprob is not None and min_logprob < settings.min_token_logprob:
            return GateDecision(False, SuppressReason.LOW_TOKEN_CONFIDENCE)
    return KEEP


def _repeat_reason(
    text: str, suffix: str, line_prefix: str, next_line: str | None
) -> SuppressReason | None:
    line_suffix, _, below = suffix.partition("\n")
    if next_line is None:
        next_line = _first_non_empty(below.split("\n"))
    squeezed_text = _squeeze(text)
    # The completion is already there, right after the cursor (possibly spread over lines).
    if squeezed_text and _squeeze(suffix).startswith(squeezed_text):
        return SuppressReason.REPEATS_SUFFIX
    lines = text.split("\n")
    if len(lines) == 1 and _squeeze(lines[0]) == _squeeze(line_suffix) and line_suffix.strip():
        return SuppressReason.REPEATS_SUFFIX
    if not next_line or not next_line.strip():
        return None
    wanted = _squeeze(next_line)
    if lines[0].strip():
        # The current line, once completed, would duplicate the line below it.
        if _squeeze(line_prefix + lines[0]) == wanted and not line_suffix.strip():
            return SuppressReason.REPEATS_NEXT_LINE
        first_new = _first_non_empty(lines[1:])
    else:
        # The suggestion opens a new line: its first real line must not be the next one.
        first_new = _first_non_empty(lines[1:])
    if first_new is not None and _squeeze(first_new) == wanted:
        return SuppressReason.REPEATS_NEXT_LINE
    return None


def _first_non_empty(lines: list[str]) -> str | None:
    for line in lines:
        if line.strip():
            return line
    return None


def _squeeze(text: str) -> str:
    """Whitespace-insensitive form: editors re-indent and trim, the model does not."""
    return "".join(text.split())
