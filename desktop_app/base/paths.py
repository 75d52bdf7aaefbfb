"""Where Mezzo keeps its files.

Everything lives under one home folder: the per-user data dir from platformdirs, or `MEZZO_HOME`
when set, so that tests and several instances never share state.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app.base.environment import Environment

APP_NAME = "mezzo"


@dataclass(frozen=True, slots=True)
class MezzoPaths:
    home: Path

    @classmethod
    def from_environment(cls, environment: Environment | None = None) -> MezzoPaths:
        """MEZZO_HOME when set, else the per-user data folder."""
        override = (environment or Environment.read()).home
        home = override or Path(platformdirs.user_data_dir(APP_NAME))
        return cls(home=home.expanduser().resolve())

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    @property
    def telemetry_db(self) -> Path:
        return self.home / "telemetry.sqlite3"

    @property
    def evaluations_db(self) -> Path:
        """`mezzo eval` results, kept apart from usage telemetry: they are measurements a person
        ran on purpose, and the telemetry switch and purge do not touch them."""
        return self.home / "evaluations.sqlite3"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def adapters_dir(self) -> Path:
        return self.home / "adapters"

    @property
    def context_dir(self) -> Path:
        """The repository indexes, one file per repository; never exported, never uploaded."""
        return self.home / "context"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def api_token_file(self) -> Path:
        """The API key where no secure keyring exists (see `base.api_token`)."""
        return self.home / "api-token"

    @property
    def run_dir(self) -> Path:
        """Lock files and the single-instance socket name live here."""
        return self.home / "run"

    def ensure(self) -> MezzoPaths:
        for folder in (self.home, self.models_dir, self.adapters_dir, self.logs_dir, self.run_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self
