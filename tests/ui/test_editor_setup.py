"""The text people paste into their editors names the port Mezzo really listens on."""

from __future__ import annotations

from desktop_app.ui.editor_setup import continue_config, editor_setups, llama_vscode


class TestEditorSetups:
    def test_llama_vscode_gets_the_endpoint_setting(self) -> None:
        assert llama_vscode(8012).text == '"llama-vscode.endpoint": "http://127.0.0.1:8012"'

    def test_continue_gets_an_ollama_provider_on_mezzos_port(self) -> None:
        text = continue_config(9000).text
        assert "provider: ollama" in text and "apiBase: http://127.0.0.1:9000" in text
        assert "roles: [autocomplete]" in text

    def test_the_roblox_plugin_works_only_when_mezzo_holds_11434(self) -> None:
        served = {s.key: s for s in editor_setups(8012, 11434)}
        taken = {s.key: s for s in editor_setups(8012, None)}
        assert served["roblox"].text == "http://localhost:11434/api/generate"
        assert served["roblox"].works and not taken["roblox"].works
