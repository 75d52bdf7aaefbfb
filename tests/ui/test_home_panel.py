"""Home says when the confidence gate has been hiding most suggestions, and can show more."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.gate_watch import MIN_JUDGED, WINDOW
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.home import HomePanel


@pytest.fixture
def home(qtbot: QtBot, shell_core: MezzoCore) -> Iterator[HomePanel]:
    bridge = CoreBridge(shell_core)
    panel = HomePanel(shell_core, bridge)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    bridge.close()


def judge(core: MezzoCore, means_and_hidden: list[tuple[float, bool]]) -> None:
    """What the completion service records as the gate judges each finished completion."""
    for mean, hidden in means_and_hidden:
        core.completions.gate_watch.judged(mean, hidden)


class TestGateNotice:
    def test_nothing_is_said_while_most_suggestions_are_shown(
        self, home: HomePanel, shell_core: MezzoCore
    ) -> None:
        judge(shell_core, [(-0.3, False)] * (WINDOW - 2) + [(-2.0, True)] * 2)
        home.bridge.refresh()
        assert not home.gate_card.isVisible()

    def test_hiding_most_is_said_with_the_counts(
        self, home: HomePanel, shell_core: MezzoCore
    ) -> None:
        judge(shell_core, [(-2.0, True)] * 8 + [(-0.3, False)] * 4)
        home.bridge.refresh()
        assert home.gate_card.isVisible()
        assert "hid 8 of the last 12 suggestions" in home.gate_text.text()
        assert home.show_more_button.isVisible()

    def test_show_more_lowers_the_threshold_and_the_notice_goes(
        self, home: HomePanel, shell_core: MezzoCore
    ) -> None:
        judge(shell_core, [(-1.6 - 0.01 * i, True) for i in range(MIN_JUDGED)])
        home.bridge.refresh()
        suggested = shell_core.completions.gate_report().suggested_floor
        assert suggested is not None and suggested < -1.6
        home.show_more_button.click()
        assert shell_core.settings.current.gating.min_mean_logprob == suggested
        home.bridge.refresh()  # a new threshold starts a new record
        assert not home.gate_card.isVisible()
