"""One card per model: the catalog's quantizations of a model are grouped as its sizes."""

from __future__ import annotations

from desktop_app.bundles.catalog import Catalog, CatalogEntry
from desktop_app.ui.panels.model_groups import group_models, model_key


def coder(
    bundle_id: str, name: str, quantization: str, size: int, **fields: object
) -> CatalogEntry:
    """A catalog entry in the shape the shipped ones have."""
    data = {
        "id": bundle_id, "version": "1", "name": name, "description": "Writes Luau.",
        "source": "hub", "repo_id": f"acme/{bundle_id}", "revision": "main",
        "filename": f"{bundle_id}.gguf", "sha256": None, "size": size,
        "quantization": quantization, "parameters": "1.5B", "context_length": 32768,
        "architecture": "qwen2", "fim_template": "qwen", "ram_mb": 1600, "license": "Apache-2.0",
    }  # fmt: skip
    return CatalogEntry.from_dict({**data, **fields})


Q8 = coder("coder-1.5b-q8", "Coder 1.5B (Q8_0)", "Q8_0", 1_600_000_000)
Q4 = coder("coder-1.5b-q4km", "Coder 1.5B (Q4_K_M)", "Q4_K_M", 1_000_000_000)
STARTER = coder("starter", "Tiny (starter)", "Q4_1", 98_000_000, source="starter")


class TestGrouping:
    def test_the_quantizations_of_one_model_become_its_sizes_smallest_first(self) -> None:
        (group,) = group_models(Catalog((Q8, Q4)), [])
        assert group.name == "Coder 1.5B"
        assert [s.bundle_id for s in group.sizes] == ["coder-1.5b-q4km", "coder-1.5b-q8"]
        assert group.description == "Writes Luau."

    def test_other_models_and_the_starter_keep_cards_of_their_own_in_catalog_order(
        self,
    ) -> None:
        other = coder("coder-3b-q4km", "Coder 3B (Q4_K_M)", "Q4_K_M", 2_000_000_000,
                      parameters="3B")  # fmt: skip
        groups = group_models(Catalog((Q8, other, Q4, STARTER)), [])
        assert [g.name for g in groups] == ["Coder 1.5B", "Coder 3B", "Tiny (starter)"]
        assert [g.is_starter for g in groups] == [False, False, True]

    def test_sizes_with_different_licences_get_cards_of_their_own(self) -> None:
        restricted = coder("coder-1.5b-q8", "Coder 1.5B (Q8_0)", "Q8_0", 1_600_000_000,
                           license="Qwen Research License")  # fmt: skip
        assert model_key(Q8) == model_key(Q4)
        assert model_key(restricted) != model_key(Q4)
        assert len(group_models(Catalog((restricted, Q4)), [])) == 2

    def test_the_quantization_is_taken_out_of_the_name_however_it_is_written(self) -> None:
        bare = coder("a", "Coder 1.5B Q4_K_M", "Q4_K_M", 1)
        lower = coder("b", "coder 1.5B (q4_k_m)", "Q4_K_M", 1)
        assert model_key(bare) == model_key(lower) == model_key(Q4)

    def test_the_shipped_catalog_has_no_two_cards_with_the_same_description(self) -> None:
        descriptions = [g.description for g in group_models(Catalog.load(), [])]
        assert len(descriptions) == len(set(descriptions))
