"""Make a generated completion fit the code around the cursor.

Small models loop, write again the code that follows the cursor, close brackets the suffix
already closes, and run on past the end of the block they were asked to fill. Each rule (a
`rule_*` module of its own) undoes one of those, and the caller chooses which rules run (an
ablation switches one off). Every rule only shortens the completion, so the cleaned text is
always a prefix of what the model wrote, and the parses behind the bracket and block rules can
all be incremental re-parses of one window around the cursor.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.syntax.code_window import PARSE_FAILURES
from desktop_app.syntax.grammars import Grammar
from desktop_app.syntax.parsed_window import ParsedWindow
from desktop_app.syntax.rule_block_end import end_block
from desktop_app.syntax.rule_brackets import balance_brackets
from desktop_app.syntax.rule_repeats import drop_repeats
from desktop_app.syntax.rule_suffix_overlap import drop_suffix_lines, drop_suffix_overlap

logger = logging.getLogger(__name__)


class CleanupRule(StrEnum):
    BLOCK_END = "block_end"  # truncate at the end of the enclosing block or statement
    BRACKETS = "brackets"  # balance brackets against the suffix
    SUFFIX_OVERLAP = "suffix_overlap"  # drop what repeats the text after the cursor
    REPEATS = "repeats"  # drop repeated lines or blocks inside the completion


ALL_RULES: frozenset[CleanupRule] = frozenset(CleanupRule)


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    applied: tuple[CleanupRule, ...] = ()  # the rules that changed the text, in order


def clean_completion(
    text: str,
    prefix: str,
    suffix: str,
    grammar: Grammar | None,
    rules: frozenset[CleanupRule] = ALL_RULES,
) -> Cleaned:
    """Apply the enabled rules in a fixed order: repeats, suffix overlap, brackets, block end,
    and the suffix-overlap line check once more when the block end cut (it can leave a copy of
    the suffix's first line at the new end). If a parse fails, the text comes back untouched."""
    if not text.strip():
        return Cleaned(text)
    applied: list[CleanupRule] = []
    current = text

    def step(rule: CleanupRule, cleaned: str) -> str:
        if cleaned != current:
            applied.append(rule)
        return cleaned

    if CleanupRule.REPEATS in rules:
        current = step(CleanupRule.REPEATS, drop_repeats(current, prefix))
    overlap = CleanupRule.SUFFIX_OVERLAP in rules
    if overlap:
        current = step(CleanupRule.SUFFIX_OVERLAP, drop_suffix_overlap(current, prefix, suffix))
    if current.strip() and rules & {CleanupRule.BRACKETS, CleanupRule.BLOCK_END}:
        try:
            code = ParsedWindow(prefix, suffix, grammar)
            if CleanupRule.BRACKETS in rules:
                current = step(CleanupRule.BRACKETS, balance_brackets(code, current))
            if CleanupRule.BLOCK_END in rules and current.strip():
                current = step(CleanupRule.BLOCK_END, end_block(code, current))
        except PARSE_FAILURES as exc:
            logger.debug("completion clean-up skipped: %s", exc)
            return Cleaned(text)
        if overlap and CleanupRule.BLOCK_END in applied:
            # the block's end can leave a copy of the suffix's first lines at the new end
            current = step(CleanupRule.SUFFIX_OVERLAP, drop_suffix_lines(current, prefix, suffix))
    return Cleaned(current, tuple(dict.fromkeys(applied)))
