"""Every conversation with the Hugging Face hub, and the one place its errors become Mezzo's.

huggingface_hub does the HTTP (its `get_hf_file_metadata`, `http_get`, `HfApi`), but
`hf_hub_download` is not used: in 2.x it checks only the size, and it throws away its partial file
when the process dies (huggingface_hub#4196). So we ask the hub what a file is (commit, sha256,
size, where to fetch it) and then stream it into our own `.part` file with `http_get(resume_size=)`.
The metadata request is never retried, so an unreachable hub fails in seconds, not after the
library's 1+2+4+8+8 s backoff.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import httpx2
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub import errors as hf_errors
from huggingface_hub.file_download import http_get
from huggingface_hub.utils import build_hf_headers

from desktop_app import __version__
from desktop_app.base.environment import DEFAULT_HUB
from desktop_app.base.errors import (
    AuthRequiredError,
    DiskFullError,
    MezzoError,
    OfflineError,
    RevisionNotFoundError,
)
from desktop_app.bundles.catalog import SHA256_RE

logger = logging.getLogger(__name__)

DEFAULT_ENDPOINT = DEFAULT_HUB
DEFAULT_TIMEOUT_S = 5.0
DEFAULT_CHUNK_BYTES = 1 << 20
MAX_SMALL_FILE_BYTES = 4 << 20


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file at one commit, as the hub describes it before any byte is fetched."""

    repo_id: str
    filename: str
    commit: str
    sha256: str | None  # the LFS sha256; None for a plain git file or a mirror that hides it
    size: int
    url: str  # where the bytes are: the hub, or a CDN it redirects to


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


class HubClient:
    """A hub endpoint and an optional token; stateless apart from huggingface_hub's session."""

    def __init__(
        self,
        endpoint: str = DEFAULT_ENDPOINT,
        token: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        self._token = token
        self._timeout_s = timeout_s
        self._chunk_bytes = chunk_bytes

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def _headers(self) -> dict[str, str]:
        # token=False, never None: a stray HF_TOKEN or ~/.cache/huggingface/token is never sent.
        return build_hf_headers(
            token=self._token or False, library_name="mezzo", library_version=__version__
        )

    def stat(self, repo_id: str, filename: str, revision: str) -> RemoteFile:
        """HEAD the file: resolves the revision to a commit and reads the LFS sha256 and size."""
        url = hf_hub_url(repo_id, filename, revision=revision, endpoint=self.endpoint)
        what = f"{repo_id}/{filename}@{revision}"
        with self.translated(what):
            meta = get_hf_file_metadata(
                url,
                token=self._token or False,
                timeout=self._timeout_s,
                library_name="mezzo",
                library_version=__version__,
                endpoint=self.endpoint,
            )
        if not meta.commit_hash or meta.size is None:
            raise OfflineError(
                "The network answered, but not like the model hub (a proxy or a hotel Wi-Fi "
                "login page?). Check the connection and try again."
            )
        etag = (meta.etag or "").lower()
        sha256 = etag if SHA256_RE.fullmatch(etag) else None
        return RemoteFile(repo_id, filename, meta.commit_hash, sha256, meta.size, meta.location)

    def lfs_sha256(self, repo_id: str, filename: str, commit: str) -> str | None:
        """The sha256 from the repository listing, for mirrors whose ETag is not the sha256."""
        api = HfApi(endpoint=self.endpoint, token=self._token or False)
        with self.translated(f"{repo_id}@{commit}"):
            info = api.model_info(
                repo_id, revision=commit, files_metadata=True, timeout=self._timeout_s
            )
        for sibling in info.siblings or []:
            if sibling.rfilename == filename and sibling.lfs is not None:
                return str(sibling.lfs.sha256).lower()
        return None

    def download(
        self,
        remote: RemoteFile,
        handle: BinaryIO,
        resume_size: int,
        tqdm_class: Callable[..., Any],
    ) -> None:
        """Append the rest of `remote` to `handle`, sending `Range: bytes=resume_size-`."""
        headers = self._headers()
        if _origin(remote.url) != _origin(self.endpoint):
            # The token is for the hub only, never for the CDN the hub redirects to.
            for key in [k for k in headers if k.lower() == "authorization"]:
                del headers[key]
        # huggingface_hub reads whole 10 MiB chunks before it reports or writes one, so a pause
        # would wait that long on a slow link; smaller chunks keep pause and progress prompt.
        constants.DOWNLOAD_CHUNK_SIZE = self._chunk_bytes
        with self.translated(f"{remote.repo_id}/{remote.filename}"):
            http_get(
                remote.url,
                handle,
                resume_size=resume_size,
                headers=headers,
                expected_size=remote.size,
                displayed_filename=remote.filename,
                tqdm_class=tqdm_class,  # type: ignore[arg-type]
            )

    def read_small(self, repo_id: str, filename: str, revision: str) -> bytes | None:
        """A whole small file (the remote catalog and its signature); None if it does not exist."""
        try:
            remote = self.stat(repo_id, filename, revision)
        except RevisionNotFoundError as exc:
            if exc.missing == "file":
                return None
            raise
        if remote.size > MAX_SMALL_FILE_BYTES:
            raise OfflineError(f"“{repo_id}/{filename}” is too large to be a model list.")
        buffer = io.BytesIO()
        self.download(remote, buffer, 0, lambda **_: _NullBar())
        return buffer.getvalue()

    @contextlib.contextmanager
    def translated(self, what: str) -> Iterator[None]:
        """Turn huggingface_hub and transport errors into Mezzo errors a person can act on."""
        try:
            yield
        except MezzoError:
            raise  # already ours: a pause or power stop raised from the progress callback
        except hf_errors.GatedRepoError as exc:
            raise AuthRequiredError(
                f"“{what}” is a gated model: accept its licence on huggingface.co, then add "
                "your access token with `mezzo models login`."
            ) from exc
        except hf_errors.RepositoryNotFoundError as exc:
            if not self.has_token:
                raise AuthRequiredError(
                    f"The hub has no public repository for “{what}”. If it is private, add an "
                    "access token with `mezzo models login`; otherwise check the name."
                ) from exc
            raise RevisionNotFoundError(
                f"The hub has no repository for “{what}”, or your token cannot see it.",
                missing="repository",
            ) from exc
        except hf_errors.RevisionNotFoundError as exc:
            raise RevisionNotFoundError(
                f"The version of “{what}” that Mezzo asked for is no longer on the hub. "
                "Update Mezzo's model list, or pick another version.",
                missing="revision",
            ) from exc
        except hf_errors.RemoteEntryNotFoundError as exc:
            raise RevisionNotFoundError(f"The hub has no file “{what}”.", missing="file") from exc
        except hf_errors.OfflineModeIsEnabled as exc:
            raise OfflineError("Mezzo is in offline mode (HF_HUB_OFFLINE is set).") from exc
        except hf_errors.FileMetadataError as exc:
            raise OfflineError(
                "The network answered, but not like the model hub (a proxy or a Wi-Fi login "
                "page?). Check the connection and try again."
            ) from exc
        except hf_errors.HfHubHTTPError as exc:
            status = exc.response.status_code
            if status in (401, 403):
                raise AuthRequiredError(
                    f"The hub refused access to “{what}” (HTTP {status}). Add an access token "
                    "that can read it with `mezzo models login`."
                ) from exc
            raise OfflineError(
                f"The model hub is busy or having trouble (HTTP {status}). Try again later; "
                "anything already downloaded is kept."
            ) from exc
        except (httpx2.TransportError, httpx2.HTTPError) as exc:
            raise OfflineError(
                "The model hub cannot be reached. Check the internet connection; anything "
                "already downloaded is kept and the download continues from there next time."
            ) from exc
        except OSError as exc:  # raised by http_get's size check, or by the disk
            if exc.errno == errno.ENOSPC:
                raise DiskFullError(
                    "The disk filled up during the download. Free some space and pull again; "
                    "the download continues where it stopped.",
                    needed_bytes=0,
                    free_bytes=0,
                ) from exc
            raise OfflineError(
                "The download was interrupted. Pull again to continue where it stopped."
            ) from exc


class _NullBar:
    """A progress bar for small files, where nobody watches."""

    def __enter__(self) -> _NullBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None
