"""A fake Hugging Face hub on 127.0.0.1, tiny GGUF models to serve from it, and test fixtures.

Bundle tests drive the real huggingface_hub code against this hub, so no test reaches the
internet and every hub fault (gated repo, missing revision, damaged bytes, dropped connection,
slow link) can be produced on demand.
"""

from tests.fakehub.hub import FakeHub
from tests.fakehub.models import gguf_bytes

__all__ = ["FakeHub", "gguf_bytes"]
