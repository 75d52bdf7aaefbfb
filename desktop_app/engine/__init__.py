"""The completion engine: one worker thread owns llama.cpp and turns (prefix, suffix, context)
into the middle, reusing as much of the KV cache as it can between keystrokes."""
