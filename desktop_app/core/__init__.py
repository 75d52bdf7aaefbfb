"""The wiring: `MezzoCore`, the one completion entry point, the power policy, gating and
recording. It sits above the engine, bundles, adapters and telemetry, and below the server, the
UI and the benchmarks; nothing here imports Qt.
"""
