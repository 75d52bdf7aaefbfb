"""The service core, wired once: what the server, the CLI and the GUI all talk to.

One `MezzoCore` per process. It owns the settings, the secrets, the engine worker, the power
policy and the completion service; it never imports the server or the UI.
"""

from __future__ import annotations

import logging
import secrets as token_source
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.battery import BatteryReader, read_battery
from desktop_app.core.completions import CompletionService
from desktop_app.core.paths import MezzoPaths
from desktop_app.core.power import PowerPolicy, PowerStatus, Throttle
from desktop_app.core.secrets import SecretStore
from desktop_app.core.settings import SettingsStore
from desktop_app.engine.model import physical_cores
from desktop_app.engine.worker import EngineWorker

logger = logging.getLogger(__name__)

API_TOKEN_SECRET = "api-token"


@dataclass(frozen=True, slots=True)
class CoreStatus:
    engine: str
    model: str
    template: str
    error: str
    power: PowerStatus
    queued: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "model": self.model,
            "template": self.template,
            "error": self.error,
            "power": self.power.to_dict(),
            "queued": self.queued,
        }


class MezzoCore:
    def __init__(
        self,
        paths: MezzoPaths,
        *,
        settings: SettingsStore | None = None,
        battery: BatteryReader = read_battery,
        secret_store: SecretStore | None = None,
    ) -> None:
        self.paths = paths.ensure()
        self.settings = settings or SettingsStore(paths.settings_file)
        self.secrets = secret_store or SecretStore()
        current = self.settings.current
        self.engine = EngineWorker(current.engine, max_queued=current.server.max_queued_jobs)
        self.power = PowerPolicy(lambda: self.settings.current, battery)
        self.power.subscribe(self._on_power_change)
        self.completions = CompletionService(
            self.engine, self.settings, self.power, Throttle(self.power)
        )

    @classmethod
    def from_environment(cls, **kwargs: Any) -> MezzoCore:
        return cls(MezzoPaths.from_environment(), **kwargs)

    # --- model ------------------------------------------------------------------------------

    def load_model(self, path: Path | None = None, template: str = "") -> Future[object]:
        """Load `path`, or the active bundle (falling back to the starter model)."""
        if path is None:
            # huggingface_hub is slow to import, and only needed when no path is given.
            from desktop_app.bundles.service import resolve_active_model  # noqa: PLC0415

            path = resolve_active_model(self.paths)
        return self.engine.load_model(
            path, template or self.settings.current.engine.template_override
        )

    # --- access token -----------------------------------------------------------------------

    def api_token(self) -> str | None:
        """The bearer token clients must send, or None when the person has not asked for one."""
        if not self.settings.current.server.require_token:
            return None
        token = self.secrets.get(API_TOKEN_SECRET)
        if token is None:
            token = self.rotate_api_token()
        return token

    def rotate_api_token(self) -> str:
        token = token_source.token_urlsafe(24)
        if not self.secrets.set(API_TOKEN_SECRET, token):
            logger.warning("no secure keyring: the API token lasts until Mezzo quits")
        return token

    # --- status -----------------------------------------------------------------------------

    def status(self) -> CoreStatus:
        info = self.engine.model_info
        error = self.engine.last_error
        return CoreStatus(
            engine=self.engine.state.value,
            model=info.name if info else "",
            template=info.template if info else "",
            error=str(error) if error else "",
            power=self.power.status(),
            queued=self.engine.queued(),
        )

    def _on_power_change(self, status: PowerStatus) -> None:
        threads = status.threads or self.settings.current.engine.n_threads or physical_cores()
        self.engine.set_threads(threads)

    def close(self) -> None:
        self.engine.close()
