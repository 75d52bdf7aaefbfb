"""llama.cpp's own log lines, sent to Python logging instead of the terminal.

llama-cpp-python prints llama.cpp's messages straight to stderr. With Mezzo that means a
"removing memory module entries" line each time a keystroke supersedes a running prefill (an
abort is routine here, and llama.cpp cleans up after it as it should). Routed through the
`llama.cpp` logger at debug level, they show up with `mezzo -v` and stay out of the way
otherwise; llama.cpp's errors stay visible as warnings.
"""

from __future__ import annotations

import logging
import threading

logger = logging.getLogger("llama.cpp")

# ggml.h today: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (llama-cpp-python's own table
# predates DEBUG and shows every warning as an error, which is why these lines got through).
GGML_LOG_LEVEL_ERROR = 4


_state = threading.local()  # llama.cpp logs a failed decode on the thread that called it


def expect_abort(expected: bool) -> None:
    """Set by the abort callback when Mezzo stops a decode itself: llama.cpp's "failed to
    decode" errors that follow are then routine. Cleared when the decode call returns."""
    _state.aborting = expected


def log_native_line(level: int, text: bytes) -> None:
    """One line from llama.cpp's log callback (installed by `engine.model`)."""
    message = text.decode("utf-8", "replace").rstrip()
    if not message:
        return
    expected = getattr(_state, "aborting", False)
    error = level == GGML_LOG_LEVEL_ERROR and not expected
    logger.log(logging.WARNING if error else logging.DEBUG, message)
