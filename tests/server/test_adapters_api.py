"""Adapters over HTTP: add, map, use per request, switch, unmap and remove, as the CLI does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.server.conftest import StartServer
from tests.server.live import LiveServer


@pytest.fixture
def served(start_server: StartServer, tiny_qwen_model: Path) -> LiveServer:
    """A server whose model is an installed bundle, so adapters can be checked against it."""
    live = start_server(None, load=False)
    manifest = live.core.bundles.import_file(tiny_qwen_model, activate=True)
    live.core.load_model(live.core.bundles.store.blob_path(manifest.sha256)).result(60)
    return live


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "my-game"
    (root / "src").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def infill_in(live: LiveServer, path: Path) -> dict:
    response = live.post(
        "/infill",
        {"input_prefix": "def f(x):\n    return ", "input_suffix": "\n", "n_predict": 6,
         "filepath": str(path)},
    )  # fmt: skip
    assert response.status_code == 200, response.text
    return response.json()


def mapped_to_luau(live: LiveServer, tiny_lora: Path, repo: Path) -> None:
    assert live.post("/mezzo/adapters", {"source": str(tiny_lora), "name": "luau"}).is_success
    mapping = {"repo": str(repo), "adapter": "luau", "scale": 1.0}
    assert live.http.put("/mezzo/adapters/mappings", json=mapping).is_success


class TestEveryRequestKindGetsTheRepositorysAdapter:
    def test_a_raw_completion_prompt_with_fim_markers_as_text(
        self, served: LiveServer, tiny_lora: Path, repo: Path
    ) -> None:
        """Continue's llama.cpp provider sends FIM prompts to /completion as plain text."""
        mapped_to_luau(served, tiny_lora, repo)
        prompt = "<|fim_prefix|>def f(x):\n    return <|fim_suffix|>\n<|fim_middle|>"
        body = {"prompt": prompt, "n_predict": 6, "filepath": str(repo / "src" / "main.py")}
        answer = served.post("/completion", body).json()
        assert answer["mezzo"]["adapter"].startswith("luau@")
        elsewhere = served.post("/completion", {**body, "filepath": "/tmp/other/x.py"}).json()
        assert elsewhere["mezzo"]["adapter"] == ""

    def test_a_model_served_by_the_path_it_was_imported_from(
        self, start_server: StartServer, tiny_qwen_model: Path, tiny_lora: Path, repo: Path
    ) -> None:
        """`mezzo serve --model FILE` of an installed bundle's original file."""
        live = start_server(None, load=False)
        live.core.bundles.import_file(tiny_qwen_model, activate=True)
        live.core.load_model(tiny_qwen_model).result(60)
        mapped_to_luau(live, tiny_lora, repo)
        assert infill_in(live, repo / "src" / "main.py")["mezzo"]["adapter"].startswith("luau@")


class TestAdaptersOverHttp:
    def test_add_map_use_unmap_and_remove(
        self, served: LiveServer, tiny_lora: Path, repo: Path
    ) -> None:
        added = served.post("/mezzo/adapters", {"source": str(tiny_lora), "name": "luau"})
        assert added.status_code == 201, added.text
        assert added.json()["name"] == "luau"
        listed = served.get("/mezzo/adapters").json()
        assert [a["name"] for a in listed["adapters"]] == ["luau"]

        base_text = infill_in(served, repo / "src" / "main.py")["content"]
        mapped = served.http.put(
            "/mezzo/adapters/mappings", json={"repo": str(repo), "adapter": "luau", "scale": 1.0}
        )
        assert mapped.status_code == 200, mapped.text
        which = served.get("/mezzo/adapters/which", params={"path": str(repo / "src" / "a.py")})
        assert which.json()["adapter"].startswith("luau@")

        adapted = infill_in(served, repo / "src" / "main.py")
        assert adapted["mezzo"]["adapter"].startswith("luau@")
        assert adapted["content"] != base_text

        refused = served.http.delete("/mezzo/adapters/luau")
        assert refused.status_code == 409  # still mapped: removing would change completions
        unmapped = served.http.delete("/mezzo/adapters/mappings", params={"repo": str(repo)})
        assert unmapped.json()["removed"] is True
        after = infill_in(served, repo / "src" / "main.py")
        assert after["mezzo"]["adapter"] == ""
        assert after["content"] == base_text

        removed = served.http.delete("/mezzo/adapters/luau")
        assert removed.status_code == 200, removed.text
        assert served.get("/mezzo/adapters").json()["adapters"] == []

    def test_an_adapter_for_another_base_is_refused_and_nothing_is_installed(
        self, served: LiveServer, wrong_base_lora: Path
    ) -> None:
        response = served.post("/mezzo/adapters", {"source": str(wrong_base_lora)})
        assert response.status_code == 400
        assert "qwen2" in response.json()["error"]["message"]
        assert served.get("/mezzo/adapters").json()["adapters"] == []

    def test_mapping_an_adapter_that_is_not_installed_is_a_404(
        self, served: LiveServer, repo: Path
    ) -> None:
        response = served.http.put(
            "/mezzo/adapters/mappings", json={"repo": str(repo), "adapter": "nothing-here"}
        )
        assert response.status_code == 404
        assert served.get("/mezzo/adapters").json()["mappings"] == []

    def test_unmap_without_a_repository_is_a_400(self, served: LiveServer) -> None:
        assert served.http.delete("/mezzo/adapters/mappings").status_code == 400
