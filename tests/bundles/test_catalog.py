"""The catalog, bundle names, and the signed remote catalog fetched through the hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.base.errors import BundleNotFoundError, RevisionNotFoundError, SignatureError
from desktop_app.bundles import BundleRef, BundleService
from desktop_app.bundles.catalog import COMMIT_RE, SHA256_RE, Catalog
from desktop_app.bundles.signing import encode_signature, load_public_keys
from tests.fakehub.world import CODER_FILE, CODER_REPO, World, entry

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

ROOT = Path(__file__).resolve().parents[2]
CATALOG_REPO = "mezzo/catalog"
# Pinned by commit and sha256 (which already refuse any other file), but no source we could
# check states its size; the hub's own figure is used until one does.
SIZE_NOT_PUBLISHED = {"qwen2.5-coder-0.5b-q4km"}


class TestBundleRefs:
    @pytest.mark.parametrize(
        ("text", "bundle_id", "version", "repo_id", "filename"),
        [
            ("qwen2.5-coder-1.5b-q8", "qwen2.5-coder-1.5b-q8", None, None, None),
            ("qwen2.5-coder-1.5b-q8@2", "qwen2.5-coder-1.5b-q8", "2", None, None),
            ("org/repo/model.gguf", "org/repo/model.gguf", None, "org/repo", "model.gguf"),
            ("org/repo/sub/m.Q8_0.gguf@main", "org/repo/sub/m.Q8_0.gguf", "main", "org/repo",
             "sub/m.Q8_0.gguf"),
            (" tiny@1 ", "tiny", "1", None, None),
        ],
    )  # fmt: skip
    def test_names_parse_into_catalog_or_hub_references(
        self, text: str, bundle_id: str, version: str | None, repo_id: str | None, filename: str
    ) -> None:
        ref = BundleRef.parse(text)
        assert (ref.bundle_id, ref.version, ref.repo_id, ref.filename) == (
            bundle_id, version, repo_id, filename
        )  # fmt: skip
        assert ref.is_direct == (repo_id is not None)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "Has Spaces",
            "org/repo",
            "org/repo/model.bin",
            "org/repo/../x.gguf",
            "tiny@",
            "a@b c",
        ],
    )
    def test_text_that_names_nothing_is_refused_with_a_hint(self, text: str) -> None:
        with pytest.raises(BundleNotFoundError):
            BundleRef.parse(text)


class TestConfidenceThresholds:
    def test_an_entry_written_before_thresholds_existed_loads_without_one(self) -> None:
        assert entry("old", "1", CODER_REPO, CODER_FILE).min_mean_logprob is None

    def test_an_entry_keeps_its_threshold_through_json(self) -> None:
        catalog = Catalog((entry("t", "1", CODER_REPO, CODER_FILE, min_mean_logprob=-0.3),))
        assert Catalog.from_json(catalog.to_json()).find("t").min_mean_logprob == -0.3

    @pytest.mark.parametrize("bad", [0.5, "low", True])
    def test_a_threshold_that_is_not_a_log_probability_is_refused(self, bad: object) -> None:
        with pytest.raises(ValueError, match="min_mean_logprob"):
            entry("t", "1", CODER_REPO, CODER_FILE, min_mean_logprob=bad)


TRANSLATED = {"de": "Ein kleines Modell.", "pt_BR": "Um modelo pequeno."}


class TestDescriptionsInOtherLanguages:
    def test_the_language_is_picked_by_locale_then_language_then_english(self) -> None:
        made = entry("t", "1", CODER_REPO, CODER_FILE, descriptions=TRANSLATED)
        assert made.description_in("de_AT") == "Ein kleines Modell."
        assert made.description_in("pt_BR") == "Um modelo pequeno."
        assert made.description_in("pt_PT") == made.description_in("en_US") == made.description

    def test_they_survive_json_and_an_entry_without_them_still_loads(self) -> None:
        catalog = Catalog((entry("t", "1", CODER_REPO, CODER_FILE, descriptions=TRANSLATED),))
        again = Catalog.from_json(catalog.to_json()).find("t")
        assert dict(again.descriptions) == TRANSLATED
        assert entry("old", "1", CODER_REPO, CODER_FILE).descriptions == ()

    @pytest.mark.parametrize("bad", ["Ein Modell", {"de": 3}, ["de", "x"]])
    def test_descriptions_that_are_not_text_by_language_are_refused(self, bad: object) -> None:
        with pytest.raises(ValueError, match="descriptions"):
            entry("t", "1", CODER_REPO, CODER_FILE, descriptions=bad)

    def test_the_shipped_catalog_describes_every_model_in_every_shipped_language(self) -> None:
        languages = {p.stem.removeprefix("mezzo_") for p in TRANSLATIONS.glob("*.ts")}
        missing = [
            (e.id, language)
            for e in Catalog.load().entries
            for language in languages
            if e.description_in(language) == e.description
        ]
        assert languages and missing == []


class TestShippedCatalog:
    def test_it_offers_qwen_coder_base_models_in_three_sizes_and_the_starter(self) -> None:
        catalog = Catalog.load()
        coders = [e for e in catalog if e.id.startswith("qwen2.5-coder-")]
        assert {e.parameters for e in coders} == {"0.5B", "1.5B", "3B"}
        assert {e.quantization for e in coders} == {"Q8_0", "Q4_K_M"}
        assert all(e.fim_template == "qwen" and e.architecture == "qwen2" for e in coders)
        assert all("Instruct" not in (e.repo_id or "") for e in coders)  # FIM needs base models
        starter = catalog.find("smollm2-135m-starter")
        assert starter.source == "starter" and starter.fim_template == "none"

    def test_every_hub_entry_pins_a_commit_and_sha256_and_says_where_to_check_them(self) -> None:
        hub = [e for e in Catalog.load() if e.source == "hub"]
        assert len(hub) >= 3
        for e in hub:
            assert e.revision is not None and COMMIT_RE.fullmatch(e.revision), e.ref
            assert e.sha256 is not None and SHA256_RE.fullmatch(e.sha256), e.ref
            page = f"https://huggingface.co/{e.repo_id}/blob/{e.revision}/{e.filename}"
            assert e.pinned_from == page, e.ref

    def test_every_hub_entry_lists_its_size_so_a_wrong_file_stops_before_downloading(
        self,
    ) -> None:
        unsized = {e.id for e in Catalog.load() if e.source == "hub" and e.size is None}
        assert unsized == SIZE_NOT_PUBLISHED

    def test_where_a_pin_came_from_is_kept_through_json(self) -> None:
        page = f"https://huggingface.co/{CODER_REPO}/blob/{'a' * 40}/{CODER_FILE}"
        catalog = Catalog((entry("t", "1", CODER_REPO, CODER_FILE, pinned_from=page),))
        assert Catalog.from_json(catalog.to_json()).find("t").pinned_from == page

    def test_the_starter_entry_matches_the_starter_model_mezzo_fetches(self) -> None:
        from desktop_app.bundles.starter import STARTER_FILENAME, STARTER_SHA256  # noqa: PLC0415

        starter = Catalog.load().find("smollm2-135m-starter")
        assert (starter.filename, starter.sha256) == (STARTER_FILENAME, STARTER_SHA256)

    def test_a_public_key_ships_to_check_remote_catalogs(self) -> None:
        assert len(load_public_keys(ROOT / "resources")) >= 1

    def test_the_latest_version_of_a_bundle_is_picked_when_none_is_named(
        self, world: World
    ) -> None:
        assert world.catalog.find("tiny-coder").version == "2"
        assert world.catalog.find("tiny-coder", "1").revision == world.commit1

    def test_an_unknown_bundle_says_where_to_look(self, world: World) -> None:
        with pytest.raises(BundleNotFoundError, match="mezzo models list"):
            world.catalog.find("no-such-model")


def publish_catalog(
    world: World, catalog: Catalog, signer: Ed25519PrivateKey | None, tamper: bool = False
) -> bytes:

    data = catalog.to_json().encode()
    files = {"catalog.json": data}
    if signer is not None:
        files["catalog.json.sig"] = encode_signature(signer.sign(data))
    if tamper:
        files["catalog.json"] = data.replace(b'"ram_mb": 1', b'"ram_mb": 2')
    world.hub.publish(CATALOG_REPO, files)
    return data


def newer_catalog(serial: int) -> Catalog:
    return Catalog((entry("tiny-coder", "3", CODER_REPO, CODER_FILE),), serial=serial)


class TestRemoteCatalog:
    def test_a_signed_catalog_adds_its_versions_and_is_kept_for_offline_use(
        self, world: World, make_service: Callable[..., BundleService]
    ) -> None:
        publish_catalog(world, newer_catalog(serial=2), world.signer)
        service = make_service()
        merged = service.refresh_catalog(CATALOG_REPO)
        assert merged.find("tiny-coder").version == "3"
        assert merged.find("tiny-coder", "1").revision == world.commit1  # shipped ones stay
        world.hub.status = 503  # the hub is gone: the accepted catalog is still there
        assert make_service().catalog.find("tiny-coder").version == "3"

    def test_an_unsigned_catalog_is_refused(self, world: World, service: BundleService) -> None:
        publish_catalog(world, newer_catalog(serial=2), signer=None)
        with pytest.raises(SignatureError, match="not signed"):
            service.refresh_catalog(CATALOG_REPO)
        assert service.catalog.find("tiny-coder").version == "2"

    def test_a_catalog_changed_after_signing_is_refused(
        self, world: World, service: BundleService
    ) -> None:
        publish_catalog(world, newer_catalog(serial=2), world.signer, tamper=True)
        with pytest.raises(SignatureError, match="does not match its signature"):
            service.refresh_catalog(CATALOG_REPO)
        assert service.catalog.find("tiny-coder").version == "2"

    def test_a_catalog_signed_by_someone_else_is_refused(
        self, world: World, service: BundleService
    ) -> None:
        publish_catalog(world, newer_catalog(serial=2), Ed25519PrivateKey.generate())
        with pytest.raises(SignatureError, match="does not match"):
            service.refresh_catalog(CATALOG_REPO)

    def test_an_older_signed_catalog_cannot_be_replayed(
        self, world: World, service: BundleService
    ) -> None:
        publish_catalog(world, newer_catalog(serial=5), world.signer)
        service.refresh_catalog(CATALOG_REPO)
        publish_catalog(world, newer_catalog(serial=4), world.signer)
        with pytest.raises(SignatureError, match="older"):
            service.refresh_catalog(CATALOG_REPO)

    def test_a_saved_catalog_that_was_tampered_with_on_disk_is_ignored(
        self, world: World, make_service: Callable[..., BundleService]
    ) -> None:
        publish_catalog(world, newer_catalog(serial=2), world.signer)
        service = make_service()
        service.refresh_catalog(CATALOG_REPO)
        saved = service.store.root / "remote-catalog.json"
        saved.write_bytes(saved.read_bytes().replace(b'"3"', b'"9"'))
        assert make_service().catalog.find("tiny-coder").version == "2"

    def test_a_repository_without_a_catalog_says_so(self, world: World, service: BundleService):
        world.hub.publish(CATALOG_REPO, {"README.md": b"nothing here"})
        with pytest.raises(RevisionNotFoundError, match="no model list"):
            service.refresh_catalog(CATALOG_REPO)


class TestReleaseSigningScript:
    def test_keygen_sign_and_verify_round_trip_as_the_app_checks_it(self, tmp_path: Path) -> None:
        script = [sys.executable, str(ROOT / "packaging" / "sign_catalog.py")]
        env = {**os.environ, "MEZZO_CATALOG_KEY_PASSPHRASE": "correct horse"}
        keys = tmp_path / "keys"
        keys.mkdir()
        private, public = tmp_path / "private.pem", keys / "catalog_public_key.pem"

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*script, *args], env=env, capture_output=True, text=True, check=False
            )

        assert run("keygen", "--private", str(private), "--public", str(public)).returncode == 0
        assert b"ENCRYPTED" in private.read_bytes()  # never a bare private key on disk
        catalog = tmp_path / "catalog.json"
        catalog.write_text(json.dumps({"schema": 1, "serial": 7, "bundles": []}))
        assert (
            run("sign", str(catalog), "--private", str(private), "--keys", str(keys)).returncode
            == 0
        )
        assert run("verify", str(catalog), "--keys", str(keys)).returncode == 0
        catalog.write_text(json.dumps({"schema": 1, "serial": 8, "bundles": []}))
        refused = run("verify", str(catalog), "--keys", str(keys))
        assert refused.returncode != 0 and "does not match" in refused.stderr
