"""The Models page when a chosen model will not start: it says why and that Mezzo went back.

The real core and engine on two tiny models: the second was installed whole and damaged
afterwards, so choosing it gets as far as llama.cpp. The tray must not turn red, since the model
that worked is serving again.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.errors import (
    MezzoError,
    ModelNotFoundError,
    ModelSwitchError,
    NotAGGUFError,
    OutOfMemoryError,
    UnsupportedModelError,
)
from desktop_app.core.service import MezzoCore
from desktop_app.engine.model import GGUF_MAGIC
from desktop_app.ui.app_state import AppState
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.formatting import human_bytes
from desktop_app.ui.messages import explain
from desktop_app.ui.panels import models
from desktop_app.ui.panels.models import QtModelsPanel
from desktop_app.ui.workers import TaskRunner

pytest_plugins = ["tests.ui.panel_fixtures"]

WAIT_MS = 20_000  # a hang guard for waitUntil, not a measurement
GB = 1024**3


def damage(core: MezzoCore, ref: str) -> None:
    """Keep the GGUF magic and the size, so the store's checks pass; garble the rest."""
    manifest = core.bundles.store.find(*ref.split("@"))
    blob = core.bundles.model_path(manifest.id, manifest.version)
    blob.chmod(0o644)
    blob.write_bytes((GGUF_MAGIC + b"\xff" * manifest.size)[: manifest.size])


class TestAModelThatWillNotStart:
    def test_the_page_says_why_and_that_mezzo_went_back(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        installed_qwen: str,
        installed_codellama: str,
    ) -> None:
        core.load_model().result(WAIT_MS / 1000)
        working = core.bundles.active()
        assert working is not None
        damage(core, installed_codellama)
        panel = models.create_panel(core, bridge, runner)
        assert isinstance(panel, QtModelsPanel)
        qtbot.addWidget(panel)
        panel.resize(900, 700)
        panel.show()

        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as finished:
            panel.model_list.card("tiny-codellama").versions[installed_codellama].use_button.click()
        qtbot.waitUntil(panel.notice.isVisible, timeout=WAIT_MS)

        failed = core.bundles.store.find(*installed_codellama.split("@"))
        expected = (
            f"{failed.name} could not be loaded (the file is damaged, or made for a newer "
            f"version of Mezzo); Mezzo went back to {working.name}."
        )
        assert panel.notice.text() == expected
        assert finished.args == [expected]
        qtbot.waitUntil(lambda: "ready" in panel.active_label.text(), timeout=WAIT_MS)
        assert working.name in panel.active_label.text()
        assert panel.model_list.card("tiny-qwen").versions[installed_qwen].active
        assert not panel.model_list.card("tiny-codellama").versions[installed_codellama].active
        bridge.refresh()
        assert bridge.state is not AppState.ERROR  # the model that worked is serving


class TestTheSentence:
    @pytest.mark.parametrize(
        ("reason", "why"),
        [
            (NotAGGUFError("", "/x/notes.gguf"), "it is not a model file"),
            (
                UnsupportedModelError("", "/x/m.gguf"),
                "the file is damaged, or made for a newer version of Mezzo",
            ),
            (
                OutOfMemoryError("", "/x/m.gguf", 4 * GB, GB),
                f"it needs about {human_bytes(4 * GB)} of memory "
                f"and only {human_bytes(GB)} is free",
            ),
            (ModelNotFoundError("", "/x/m.gguf"), "its file is missing"),
        ],
        ids=["not-a-gguf", "damaged", "too-big", "missing"],
    )
    def test_it_names_both_models_and_why_in_plain_words(
        self, reason: MezzoError, why: str
    ) -> None:
        error = ModelSwitchError("/x/m.gguf", reason, "Qwen2.5-Coder 3B (Q8_0)", "Starter")
        assert explain(error) == (
            f"Qwen2.5-Coder 3B (Q8_0) could not be loaded ({why}); Mezzo went back to Starter."
        )
