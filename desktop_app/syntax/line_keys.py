"""How the clean-up rules compare lines: by their code, ignoring whitespace, and with an eye
for the trivial lines (closers, `else`, a bare `return`) that real code repeats.

Both the repeat rule and the suffix-overlap rule look for a line the model wrote twice, and a
match on a trivial line alone proves nothing.
"""

from __future__ import annotations

import re

# How many lines of the completion or the suffix a rule reads; it bounds the repeat search,
# which is quadratic in lines.
MAX_SCANNED_LINES = 64

# A line that real code repeats: closers, `else`, `break`, a bare `return`.
_TRIVIAL = re.compile(
    r"[\s()\[\]{};,:]*(end|else|elif|elseif|break|continue|pass|return|then|do|try|finally|"
    r"except|repeat|default|fi|done|esac|nil|null|None)?[\s()\[\]{};,:]*"
)


def line_key(line: str) -> str:
    return "".join(line.split())


def is_trivial(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 2 or _TRIVIAL.fullmatch(stripped) is not None
