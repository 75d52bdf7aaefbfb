"""The exact text a person pastes into their editor to point it at Mezzo.

Shown by the onboarding dialog and the Home panel, both with a Copy button, and kept here (not in
the UI) so the snippets follow the real ports and are checked by tests. Each plugin speaks a
dialect Mezzo already serves (llama-server's, Ollama's or OpenAI's); nothing in the plugins changes.
"""

from __future__ import annotations

from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
OLLAMA_DEFAULT_PORT = 11434  # hard-coded by the Roblox Studio plugin


@dataclass(frozen=True, slots=True)
class EditorSetup:
    key: str  # "llama-vscode", "continue", "roblox"
    text: str  # what to paste, or the URL the plugin uses
    works: bool = True  # False: this setup cannot work right now (its port is not served)


def server_url(port: int) -> str:
    return f"http://{LOOPBACK}:{port}"


def llama_vscode(port: int) -> EditorSetup:
    return EditorSetup("llama-vscode", f'"llama-vscode.endpoint": "{server_url(port)}"')


def continue_config(port: int) -> EditorSetup:
    text = (
        "models:\n"
        "  - name: Mezzo\n"
        "    provider: ollama\n"
        "    model: mezzo\n"
        f"    apiBase: {server_url(port)}\n"
        "    roles: [autocomplete]\n"
    )
    return EditorSetup("continue", text)


def roblox_studio(ollama_port: int | None) -> EditorSetup:
    """The plugin posts to localhost:11434; it works when Mezzo holds that port."""
    url = f"http://localhost:{OLLAMA_DEFAULT_PORT}/api/generate"
    return EditorSetup("roblox", url, works=ollama_port == OLLAMA_DEFAULT_PORT)


def editor_setups(port: int, ollama_port: int | None) -> list[EditorSetup]:
    return [llama_vscode(port), continue_config(port), roblox_studio(ollama_port)]
