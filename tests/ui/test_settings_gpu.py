"""The GPU switch: named after this llama.cpp build's GPU, greyed out with a reason where the
build has none, and honest that it applies when a model is loaded next.

The build's GPU is a machine edge (this machine's llama.cpp may have none), so the page is given
a name; the model, the engine and the core are real.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.base.settings import SettingsStore
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.settings import SettingsPanel
from desktop_app.ui.panels.settings_gpu import GpuSection
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS

CUDA = "NVIDIA GPU (CUDA)"


def gpu_section(
    qtbot: QtBot, core: MezzoCore, shell_bridge: CoreBridge, shell_runner: TaskRunner, gpu: str
) -> GpuSection:
    page = SettingsPanel(core, shell_bridge, shell_runner, gpu=gpu)
    qtbot.addWidget(page)
    page.show()
    return page.gpu


class TestWithoutAGpu:
    def test_the_switch_is_greyed_out_and_says_mezzo_runs_on_the_cpu(
        self,
        qtbot: QtBot,
        shell_core: MezzoCore,
        shell_bridge: CoreBridge,
        shell_runner: TaskRunner,
    ) -> None:
        gpu = gpu_section(qtbot, shell_core, shell_bridge, shell_runner, "")
        assert not gpu.switch.isEnabled() and not gpu.switch.isChecked()
        assert gpu.no_gpu.isVisible()
        assert "no GPU support" in gpu.no_gpu.text() and "CPU" in gpu.no_gpu.text()


class TestWithAGpu:
    def test_the_switch_names_the_gpu_and_saves_the_choice(
        self,
        qtbot: QtBot,
        shell_core: MezzoCore,
        shell_bridge: CoreBridge,
        shell_runner: TaskRunner,
    ) -> None:
        gpu = gpu_section(qtbot, shell_core, shell_bridge, shell_runner, CUDA)
        assert gpu.switch.text() == f"Use the GPU ({CUDA})"
        assert gpu.switch.isEnabled() and gpu.switch.isChecked()
        assert not gpu.no_gpu.isVisible()
        gpu.switch.click()
        assert SettingsStore(shell_core.paths.settings_file).current.engine.use_gpu is False
        assert not gpu.reload_row.isVisible()  # no model runs yet: the first load uses it

    def test_with_a_model_running_elsewhere_it_offers_to_load_it_again(
        self,
        qtbot: QtBot,
        shell_core: MezzoCore,
        shell_bridge: CoreBridge,
        shell_runner: TaskRunner,
        tiny_qwen_model: Path,
    ) -> None:
        shell_core.load_model(tiny_qwen_model).result(timeout=WAIT_MS / 1000)
        assert shell_core.model_info().device == "CPU"  # type: ignore[union-attr]
        gpu = gpu_section(qtbot, shell_core, shell_bridge, shell_runner, CUDA)
        assert gpu.reload_row.isVisible()  # the switch asks for the GPU; the model is on the CPU
        gpu.switch.click()
        assert not gpu.reload_row.isVisible()  # off: the CPU, where the model already runs
        gpu.switch.click()
        assert gpu.reload_row.isVisible()
        with qtbot.waitSignal(shell_bridge.model_load_finished, timeout=WAIT_MS) as finished:
            gpu.reload_button.click()
        assert finished.args == [""]  # loaded again, without an error
        assert gpu.reload_button.isEnabled()
        assert shell_core.model_info() is not None
