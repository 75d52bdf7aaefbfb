"""Tabby's event API (`POST /v1/events`), the one acceptance protocol editors already speak.

Types are checked by the telemetry store (only `view`, `select` and `dismiss` exist); this module
only makes sure the body has the right shape.
"""

from __future__ import annotations

from pydantic import Field

from desktop_app.server.wire import StrictInt, StrictStr, WireModel


class EventBody(WireModel):
    type: StrictStr
    completion_id: StrictStr
    choice_index: StrictInt = Field(0, ge=0, le=16)
    view_id: StrictStr | None = None
    elapsed: StrictInt | None = Field(None, ge=0)
