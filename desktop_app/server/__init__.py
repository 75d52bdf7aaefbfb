"""The localhost completion server: llama-server, Ollama, OpenAI and Tabby dialects over one core.

Each dialect module is a pure translator between its wire format and the engine's
`CompletionRequest`/`CompletionResult`; `flow.py` runs a request through the core, and
`guards.py` keeps browsers and other machines out.
"""
