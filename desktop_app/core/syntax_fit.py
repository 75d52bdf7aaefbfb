"""Making a completion fit the syntax around the cursor: before generating, and after.

Before: a cursor mid-expression gets one line and a smaller `n_predict`; a cursor after a block
opener gets up to the line cap. After (for answers that were not streamed): the clean-up rules
cut a completion that runs past its block, balance its brackets against the suffix and drop
what repeats the suffix or itself. A streamed answer is already on the person's screen, so it
gets only what can be decided before generating; the rest is applied to the text Mezzo records.
"""

from __future__ import annotations

import dataclasses

from desktop_app.base.settings import CleanupSettings
from desktop_app.engine.types import CompletionRequest, CompletionResult
from desktop_app.syntax.cleanup import CleanupRule, clean_completion
from desktop_app.syntax.extent import Extent, completion_extent
from desktop_app.syntax.grammars import Grammar, grammar_for_request

# One line of code is rarely longer than this many tokens; the rest of a bigger n_predict would
# only be generated and cut.
LINE_N_PREDICT = 48


def grammar_of(request: CompletionRequest) -> Grammar | None:
    return grammar_for_request(request.context_path or request.filename, request.language)


def with_extent(request: CompletionRequest, settings: CleanupSettings) -> CompletionRequest:
    """The request limited to one line when its cursor is mid-expression."""
    params = request.params
    if not settings.choose_extent or request.raw or request.is_warm_up or params.single_line:
        return request
    if completion_extent(request.prefix, request.suffix, grammar_of(request)) is Extent.BLOCK:
        return request
    n_predict = min(params.n_predict, LINE_N_PREDICT)
    params = dataclasses.replace(params, single_line=True, n_predict=n_predict)
    return dataclasses.replace(request, params=params)


def enabled_rules(settings: CleanupSettings) -> frozenset[CleanupRule]:
    switches = {
        CleanupRule.BLOCK_END: settings.block_end,
        CleanupRule.BRACKETS: settings.brackets,
        CleanupRule.SUFFIX_OVERLAP: settings.suffix_overlap,
        CleanupRule.REPEATS: settings.repeats,
    }
    return frozenset(rule for rule, on in switches.items() if on)


def cleaned(
    request: CompletionRequest, result: CompletionResult, settings: CleanupSettings
) -> tuple[CompletionResult, tuple[CleanupRule, ...]]:
    """The result with the clean-up rules applied, and the rules that changed its text."""
    rules = enabled_rules(settings)
    if not rules or not result.text or request.raw:
        return result, ()
    grammar = grammar_of(request)
    fitted = clean_completion(result.text, request.prefix, request.suffix, grammar, rules)
    if fitted.text == result.text:
        return result, ()
    return dataclasses.replace(result, text=fitted.text), fitted.applied
