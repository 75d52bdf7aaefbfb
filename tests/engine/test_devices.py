"""Where the layers run: the GPU backend named from llama.cpp's system info, and the setting's
way into llama.cpp's model parameters."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.engine.devices import (
    CPU,
    cpu_features,
    device_for,
    gpu_backend_name,
    gpu_layers,
)
from desktop_app.engine.model import (
    CPU_VARIANT_PATTERN,
    backend_folders,
    gpu_backend,
    load_cpu_backends,
    system_info,
)
from tests.engine.conftest import LoadModel
from tests.engine.support import SETTINGS

CPU_ONLY = "CPU : SSE3 = 1 | AVX2 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
METAL = "Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1 | ARM_FMA = 1 | ACCELERATE = 1 | "
CUDA = "CUDA : ARCHS = 890 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | CPU : AVX2 = 1 | "


@pytest.mark.parametrize(
    ("info", "supports", "expected"),
    [
        (CPU_ONLY, False, ""),
        (METAL, True, "Apple GPU (Metal)"),
        (CUDA, True, "NVIDIA GPU (CUDA)"),
        ("Vulkan : | CPU : AVX = 1 | ", True, "GPU (Vulkan)"),
        # Offload is possible but the backend prints no line of its own: still a GPU.
        (CPU_ONLY, True, "GPU"),
        # A backend listed while llama.cpp says it cannot offload (no device found) is no GPU.
        (CUDA, False, ""),
    ],
)
def test_gpu_backend_is_named_in_plain_words(info: str, supports: bool, expected: str) -> None:
    assert gpu_backend_name(info, supports) == expected


def test_the_switch_decides_the_layers_and_the_device() -> None:
    assert (gpu_layers(True), gpu_layers(False)) == (-1, 0)
    assert device_for(True, "Apple GPU (Metal)") == "Apple GPU (Metal)"
    assert device_for(False, "Apple GPU (Metal)") == CPU
    assert device_for(True, "") == CPU


@pytest.mark.parametrize("use_gpu", [True, False])
def test_the_setting_reaches_llama_cpp(
    load_model: LoadModel, tiny_qwen_model: Path, use_gpu: bool
) -> None:
    model = load_model(tiny_qwen_model, dataclasses.replace(SETTINGS, use_gpu=use_gpu))
    # llama-cpp-python turns -1 ("every layer") into INT_MAX in llama.cpp's model parameters.
    assert model._llm.model_params.n_gpu_layers == (0x7FFFFFFF if use_gpu else 0)
    assert model.info.device == device_for(use_gpu, gpu_backend())


def test_this_machine_reports_what_it_has(load_model: LoadModel, tiny_qwen_model: Path) -> None:
    """The build here is CPU-only: the loaded model must say so rather than claim a GPU."""
    backend = gpu_backend()
    info = load_model(tiny_qwen_model).info
    assert info.device == (backend or CPU)


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (CPU_ONLY, ("SSE3", "AVX2", "LLAMAFILE", "OPENMP", "REPACK")),
        # The CPU segment ends where the next backend's begins; features set to 0 are not used.
        ("CPU : SSE3 = 1 | AVX = 0 | Metal : EMBED_LIBRARY = 1 | ", ("SSE3",)),
        (CUDA, ("AVX2",)),
        ("Metal : EMBED_LIBRARY = 1 | ", ()),
    ],
)
def test_cpu_features_are_read_from_the_cpu_segment(info: str, expected: tuple[str, ...]) -> None:
    assert cpu_features(info) == expected


def test_the_running_build_has_a_cpu_backend_registered() -> None:
    """Whichever way llama.cpp was built (for this machine, or portable with its CPU code in
    per-CPU libraries), after loading the backends there is a CPU backend that reports what it
    uses, and a portable build's variants were found where the loader looks."""
    loaded_from = load_cpu_backends()
    assert cpu_features(system_info())
    has_variants = any(any(f.glob(CPU_VARIANT_PATTERN)) for f in backend_folders())
    assert bool(loaded_from) == has_variants
