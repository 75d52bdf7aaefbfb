"""Quality room: measures what a person would feel (completion latency, KV-cache reuse, and
later acceptance on held-out code) by replaying realistic editing sessions against the engine.

Nothing here is on the serving path; the engine and server never import this package.
"""
