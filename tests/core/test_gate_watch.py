"""The gate watch: when the confidence gate hides most suggestions, and what would show more."""

from __future__ import annotations

from desktop_app.core.gate_watch import MIN_JUDGED, WINDOW, GateWatch


def watched(judgements: list[tuple[float, bool]]) -> GateWatch:
    watch = GateWatch()
    for mean, hidden in judgements:
        watch.judged(mean, hidden)
    return watch


class TestHidingMost:
    def test_too_few_judged_says_nothing_yet(self) -> None:
        report = watched([(-2.0, True)] * (MIN_JUDGED - 1)).report(-1.0)
        assert (report.judged, report.hidden, report.hiding_most) == (MIN_JUDGED - 1, 9, False)

    def test_half_hidden_or_more_is_hiding_most(self) -> None:
        half = [(-2.0, True)] * 5 + [(-0.5, False)] * 5
        assert watched(half).report(-1.0).hiding_most
        fewer = [(-2.0, True)] * 4 + [(-0.5, False)] * 6
        assert not watched(fewer).report(-1.0).hiding_most

    def test_only_the_last_window_counts(self) -> None:
        old_hidden = [(-2.0, True)] * WINDOW
        report = watched(old_hidden + [(-0.5, False)] * WINDOW).report(-1.0)
        assert (report.judged, report.hidden, report.hiding_most) == (WINDOW, 0, False)

    def test_forgetting_starts_a_new_record(self) -> None:
        watch = watched([(-2.0, True)] * WINDOW)
        watch.forget()
        assert watch.report(-1.0).judged == 0


class TestShowMore:
    def test_the_suggested_threshold_would_show_four_in_five_of_the_window(self) -> None:
        means = [-0.1 * (i + 1) for i in range(WINDOW)]  # -0.1 .. -2.0
        watch = watched([(m, m < -0.3) for m in means])
        suggested = watch.report(-0.3).suggested_floor
        assert suggested is not None
        shown = [m for m in means if m >= suggested]
        assert len(shown) >= 0.8 * WINDOW
        assert suggested == round(suggested, 2)  # a setting, not a measurement

    def test_it_never_suggests_a_stricter_threshold(self) -> None:
        watch = watched([(-0.2, False)] * 18 + [(-1.5, True)] * 2)
        assert watch.report(-1.0).suggested_floor == -1.0

    def test_with_nothing_hidden_there_is_no_suggestion(self) -> None:
        assert watched([(-0.2, False)] * WINDOW).report(-1.0).suggested_floor is None

    def test_the_report_reads_as_json(self) -> None:
        data = watched([(-2.0, True)] * WINDOW).report(-1.0).to_dict()
        assert data["hiding_most"] is True and data["hidden_unsure"] == WINDOW
        assert data["min_mean_logprob"] == -1.0
