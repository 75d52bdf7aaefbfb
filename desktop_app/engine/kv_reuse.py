"""KV cache reuse between consecutive prompts.

The longest common prefix is always reused. Beyond it, llama-server's `--cache-reuse` walks the
old and new token lists and moves every matching run of at least `min_chunk` tokens into place
with a RoPE shift, so a prompt that equals the previous one with something deleted (a prefix
window that slid forward, an extra chunk that dropped out) costs almost nothing. Insertions are
not recovered: batch positions must stay contiguous.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shift:
    """Move cached positions [src, src+length) to [dst, dst+length); dst < src."""

    src: int
    dst: int
    length: int


@dataclass(frozen=True, slots=True)
class ReusePlan:
    common_prefix: int
    shifts: tuple[Shift, ...]

    @property
    def reused(self) -> int:
        """Prompt tokens that will not be recomputed."""
        return self.common_prefix + sum(s.length for s in self.shifts)


def common_prefix_length(old: Sequence[int], new: Sequence[int]) -> int:
    n = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            break
        n += 1
    return n


def plan_reuse(old: Sequence[int], new: Sequence[int], min_chunk: int) -> ReusePlan:
    """llama-server's algorithm (server-context.cpp, cache_reuse): greedy, deletions only."""
    n_past = common_prefix_length(old, new)
    shifts: list[Shift] = []
    if min_chunk > 0:
        head_c = head_p = n_past
        while head_c < len(old) and head_p < len(new):
            n_match = 0
            while (
                head_c + n_match < len(old)
                and head_p + n_match < len(new)
                and old[head_c + n_match] == new[head_p + n_match]
            ):
                n_match += 1
            if n_match >= min_chunk:
                shifts.append(Shift(src=head_c, dst=head_p, length=n_match))
                head_c += n_match
                head_p += n_match
            else:
                head_c += 1
    # head_p only advances on a match, so each shift continues exactly where the last one ended.
    return ReusePlan(n_past, tuple(shifts))
