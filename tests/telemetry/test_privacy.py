"""No code text and no file path reaches the database, the CSV or the anonymized report."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import UTC
from pathlib import Path

import pytest

from desktop_app.telemetry.export import anonymized_report, outcomes_csv
from desktop_app.telemetry.inference import AcceptanceInference
from desktop_app.telemetry.records import (
    CompletionRecord,
    language_for,
    new_completion_id,
    text_shape,
)
from desktop_app.telemetry.stats import compute_stats, load_outcomes
from desktop_app.telemetry.store import TelemetryStore

CLIENT = "vscode@alice-laptop"
REPO = "/home/alice/acme-secret-payments"
FILE = f"{REPO}/src/charge_card_flow.py"
ADAPTER_FILE = "/home/alice/adapters/acme-payments-lora.gguf"
MODEL_FILE = "/home/alice/models/acme-internal-coder.gguf"
PREFIX = "import stripe\n\ndef charge_card_for_customer(customer_id, amount_cents):\n    "
SUGGESTIONS = [
    "token = stripe.Token.create(card=SECRET_CARD_NUMBER)",
    "return settle_ledger_entry(customer_id, amount_cents)\n",
    "raise PaymentDeclinedError(customer_id)",
]
# Code and path fragments. The model's and adapter's own file names are labels, not paths:
# they stay in the local database (stats per model) and are hashed in the anonymized report.
SECRETS = [
    "alice", "acme-secret-payments", "charge_card", "stripe", "SECRET_CARD_NUMBER",
    "settle_ledger", "PaymentDeclined", "customer_id", "typed instead", "/home", ".py", "src/",
    "adapters/", "models/",
]  # fmt: skip


class Clock:
    now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session(tmp_path: Path) -> tuple[TelemetryStore, list[str]]:
    """An editing session with code and paths everywhere a careless server could pass them."""
    clock = Clock()
    store = TelemetryStore(tmp_path / "telemetry.sqlite3", clock=clock)
    inference = AcceptanceInference(store, clock=clock)
    ids = []
    prefix = PREFIX
    for i, text in enumerate(SUGGESTIONS):
        inference.on_request(CLIENT, FILE, prefix)
        cid = new_completion_id()
        chars, lines = text_shape(text)
        store.record_completion(
            CompletionRecord(
                id=cid, time=clock(), client_hash=store.hash_client(CLIENT),
                model_id=MODEL_FILE, model_version="local", adapter=ADAPTER_FILE,
                language=language_for(FILE), repo_hash=store.hash_repo(REPO), prompt_tokens=300,
                tokens_reused=120, prompt_ms=90, generation_ms=40, completion_chars=chars,
                completion_lines=lines, mean_logprob=-0.05 * (i + 1), min_logprob=-2.0,
                finish_reason="stop", dialect="llama",
            )
        )  # fmt: skip
        inference.on_delivered(CLIENT, FILE, prefix, text, cid)
        ids.append(cid)
        clock.now += 2.0
        prefix += text if i == 1 else "pass  # typed instead\n    "  # accept one of three
    inference.on_request(CLIENT, FILE, prefix)
    inference.flush()
    yield store, ids
    store.close()


def _all_text_values(db_path: Path) -> list[str]:
    values = []
    with sqlite3.connect(db_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                values += [v for v in row if isinstance(v, str)]
    return values


class TestNoCodeOrPathsStored:
    def test_every_text_column_is_free_of_code_and_paths(
        self, session: tuple[TelemetryStore, list[str]]
    ) -> None:
        store, ids = session
        values = _all_text_values(store.path)
        assert ids[0] in values  # the scan does see the rows
        for value in values:
            for secret in SECRETS:
                assert secret.lower() not in value.lower(), (secret, value)

    def test_database_files_on_disk_hold_no_code_or_paths(
        self, session: tuple[TelemetryStore, list[str]]
    ) -> None:
        store, _ = session
        files = list(store.path.parent.glob("telemetry.sqlite3*"))
        assert store.path in files
        blob = b"".join(path.read_bytes() for path in files)
        for secret in SECRETS:
            assert secret.encode() not in blob, secret

    def test_the_session_was_recorded_with_its_outcomes(
        self, session: tuple[TelemetryStore, list[str]]
    ) -> None:
        store, ids = session
        with contextlib.closing(store.open_reader()) as db:
            outcomes = {o.id: o for o in load_outcomes(db)}
        assert [outcomes[cid].accepted for cid in ids] == [False, True, False]
        assert outcomes[ids[0]].language == "python"
        assert outcomes[ids[0]].model_id == "acme-internal-coder.gguf"  # the path stripped


class TestExports:
    def test_csv_export_holds_no_code_or_paths(
        self, session: tuple[TelemetryStore, list[str]]
    ) -> None:
        store, ids = session
        with contextlib.closing(store.open_reader()) as db:
            text = outcomes_csv(load_outcomes(db))
        lines = text.splitlines()
        assert len(lines) == 1 + len(ids)
        assert lines[0].startswith("id,time,client_hash")
        for secret in SECRETS:
            assert secret not in text, secret

    def test_anonymized_report_is_aggregated_and_rehashed(
        self, session: tuple[TelemetryStore, list[str]]
    ) -> None:
        store, ids = session
        with contextlib.closing(store.open_reader()) as db:
            stats = compute_stats(db, tz=UTC)
            salt = db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[0]
        report = anonymized_report(stats)
        text = json.dumps(report)
        forbidden = [
            *SECRETS,
            *ids,
            salt,
            store.hash_client(CLIENT),
            store.hash_repo(REPO),
            "acme",
            "lora",
        ]
        for value in forbidden:
            assert value not in text, value
        assert report["acceptance"]["viewed"] == 3
        assert report["acceptance"]["accepted"] == 1
        assert list(report["by_language"]) == ["python"]
        assert all(key.startswith("client-") for key in report["by_client"])
        assert all(key.startswith("local-model-") for key in report["by_model"])

    def test_two_reports_cannot_be_joined_by_their_hashes(
        self, session: tuple[TelemetryStore, list[str]]
    ) -> None:
        store, _ = session
        with contextlib.closing(store.open_reader()) as db:
            stats = compute_stats(db, tz=UTC)
        assert (
            anonymized_report(stats)["by_client"]
            .keys()
            .isdisjoint(anonymized_report(stats)["by_client"].keys())
        )
