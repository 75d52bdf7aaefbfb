"""Where a model's layers run: the CPU, or the GPU backend llama.cpp was built with.

llama.cpp reports its compiled-in backends in `llama_print_system_info()` as segments such as
`CUDA : ARCHS = 890 | … | CPU : AVX2 = 1 | …`, one `NAME :` per backend. A wheel built for the
CPU only lists `CPU`. The names are ggml's backend registry names.
"""

from __future__ import annotations

import re

CPU = "CPU"

# ggml backend registry name -> what a person reads in the app.
GPU_BACKENDS: dict[str, str] = {
    "Metal": "Apple GPU (Metal)",
    "CUDA": "NVIDIA GPU (CUDA)",
    "ROCm": "AMD GPU (ROCm)",
    "HIP": "AMD GPU (ROCm)",
    "MUSA": "Moore Threads GPU (MUSA)",
    "Vulkan": "GPU (Vulkan)",
    "SYCL": "Intel GPU (SYCL)",
    "OpenCL": "GPU (OpenCL)",
    "CANN": "Ascend NPU (CANN)",
}
UNNAMED_GPU = "GPU"

_BACKEND_NAME = re.compile(r"(?:^|\|)\s*([A-Za-z][\w-]*)\s*:")
_CPU_SEGMENT = re.compile(r"(?:^|\|)\s*CPU\s*:(.*?)(?=\|\s*[A-Za-z][\w-]*\s*:|$)")
_ENABLED = re.compile(r"([A-Z][A-Z0-9_]*)\s*=\s*1\b")


def gpu_backend_name(system_info: str, supports_offload: bool) -> str:
    """The GPU backend in `system_info` in plain words, or "" when layers cannot leave the CPU."""
    if not supports_offload:
        return ""
    for name in _BACKEND_NAME.findall(system_info):
        if name in GPU_BACKENDS:
            return GPU_BACKENDS[name]
    return UNNAMED_GPU


def cpu_features(system_info: str) -> tuple[str, ...]:
    """What the CPU backend in `system_info` uses (`SSE3`, `AVX2`, …, and build options such as
    `OPENMP`). A portable build reports the variant it chose for this CPU."""
    segment = _CPU_SEGMENT.search(system_info)
    return tuple(_ENABLED.findall(segment.group(1))) if segment else ()


def gpu_layers(use_gpu: bool) -> int:
    """llama.cpp's `n_gpu_layers`: every layer (-1) when the GPU is wanted, none otherwise.
    On a build without a GPU backend llama.cpp keeps every layer on the CPU either way."""
    return -1 if use_gpu else 0


def device_for(use_gpu: bool, backend: str) -> str:
    """What `ModelInfo.device` says: the GPU backend when layers go there, else the CPU."""
    return backend if use_gpu and backend else CPU
