"""Model bundles: a catalog of models Mezzo offers, and a store that gets them safely.

Downloads are verified (sha256 and size, GGUF header), resumable across restarts, versioned, and
installed atomically into a content-addressed store with an `active` pointer and one-step
rollback. Everything afterwards works offline. The GUI and the CLI both call `BundleService`.
"""

import os

# huggingface_hub reads its constants at import time, and with telemetry on it makes a hidden
# request to the hub for every header it builds. This must run before any huggingface_hub import.
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from desktop_app.bundles.progress import CancelToken, Progress, ProgressCallback
from desktop_app.bundles.refs import BundleRef
from desktop_app.bundles.service import BundleService, resolve_active_model

__all__ = [
    "BundleRef",
    "BundleService",
    "CancelToken",
    "Progress",
    "ProgressCallback",
    "resolve_active_model",
]
