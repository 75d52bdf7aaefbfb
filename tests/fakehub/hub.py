"""A stdlib fake of the parts of the Hugging Face hub that huggingface_hub 2.x talks to.

Shapes follow what the real client needs (checked against huggingface_hub 2.4.0):
- `HEAD/GET /{repo}/resolve/{rev}/{file}`: `X-Repo-Commit`, quoted `ETag` (the sha256 for LFS
  files), `Accept-Ranges`, `Range` → 206 + `Content-Range`. LFS files (`*.gguf`) answer HEAD and GET
  with a 302 to a "CDN" on another origin (`localhost` rather than `127.0.0.1`) carrying
  `X-Linked-Etag` and `X-Linked-Size`, like the real hub, so the client must drop its token there.
- errors as the hub sends them: status plus `X-Error-Code` (`RepoNotFound` 401, `GatedRepo` 403,
  `RevisionNotFound` 404, `EntryNotFound` 404 with `X-Repo-Commit`).
- `GET /api/models/{repo}[/revision/{rev}]` (`?blobs=true` adds LFS sha256 and sizes),
  `/api/models/{repo}/tree/{rev}` and `/api/models/{repo}/refs`.

Fault switches: `corrupt` (same-size damaged bytes), `cut_after` (drop the connection), `throttle`
(seconds of sleep per piece), `lfs_etag=False` (a mirror whose ETag is not the sha256), `status`
(answer every request with that HTTP status), `portal` (answer everything with a 200 HTML page,
like a Wi-Fi login page), and `log` records the requests actually made.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socket import socket
from urllib.parse import unquote, urlsplit

PIECE_BYTES = 64 * 1024


def git_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class FakeRepo:
    refs: dict[str, str] = field(default_factory=dict)  # branch → commit
    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)  # commit → files
    token: str | None = None  # gated: only this bearer token may read


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    range: str | None
    authorized: bool


class FakeHub:
    def __init__(self, redirect_lfs: bool = True, cdn_host: str = "localhost") -> None:
        self.repos: dict[str, FakeRepo] = {}
        self.redirect_lfs, self.cdn_host = redirect_lfs, cdn_host
        self.log: list[Request] = []
        self.corrupt: set[str] = set()
        self.cut_after: dict[str, int] = {}
        self.throttle = 0.0
        self.lfs_etag = True
        self.status: int | None = None
        self.portal = False
        self._conns: set[socket] = set()
        self._lock = threading.Lock()  # guards log and _conns across handler threads
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return None

            def setup(self) -> None:
                super().setup()
                with hub._lock:
                    hub._conns.add(self.connection)

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with hub._lock:
                        hub._conns.discard(self.connection)

            def do_HEAD(self) -> None:
                hub._route(self, head=True)

            def do_GET(self) -> None:
                hub._route(self, head=False)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *a: None  # type: ignore[method-assign]
        self.port = self.httpd.server_address[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    # --- publishing -------------------------------------------------------------------------

    def publish(
        self, repo_id: str, files: dict[str, bytes], branch: str = "main", token: str | None = None
    ) -> str:
        """Commit `files` on top of the branch's current files; returns the new commit."""
        repo = self.repos.setdefault(repo_id, FakeRepo())
        if token is not None:
            repo.token = token
        previous = repo.commits.get(repo.refs.get(branch, ""), {})
        tree = {**previous, **files}
        commit = hashlib.sha1(
            repo_id.encode()
            + json.dumps(sorted((k, sha256(v)) for k, v in tree.items())).encode()
            + str(len(repo.commits)).encode()
        ).hexdigest()
        repo.commits[commit] = tree
        repo.refs[branch] = commit
        return commit

    def requests(self, method: str | None = None, contains: str = "") -> list[Request]:
        with self._lock:
            return [
                r for r in self.log if (method is None or r.method == method) and contains in r.path
            ]

    def close(self) -> None:
        """Stop, and also close kept-alive sockets, else pooled clients still reach a dead hub."""
        self.httpd.shutdown()
        self.httpd.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(2)
                conn.close()
            except OSError:
                pass

    # --- serving ----------------------------------------------------------------------------

    @staticmethod
    def is_lfs(name: str, data: bytes) -> bool:
        return name.endswith(".gguf") or len(data) >= 1 << 20

    def _send(
        self,
        h: BaseHTTPRequestHandler,
        code: int,
        headers: dict[str, str],
        body: bytes = b"",
        head: bool = False,
        cut: int | None = None,
    ) -> None:
        h.send_response(code)
        for key, value in {"Content-Length": str(len(body)), **headers}.items():
            h.send_header(key, value)
        h.end_headers()
        if head or not body:
            return
        for start in range(0, len(body), PIECE_BYTES):
            if cut is not None and start >= cut:
                h.close_connection = True  # a dropped connection mid-body
                return
            h.wfile.write(body[start : start + PIECE_BYTES])
            if self.throttle:
                h.wfile.flush()
                time.sleep(self.throttle)

    def _error(
        self,
        h: BaseHTTPRequestHandler,
        code: int,
        error: str,
        head: bool,
        commit: str | None = None,
    ) -> None:
        headers = {
            "X-Error-Code": error,
            "X-Error-Message": error,
            "Content-Type": "application/json",
        }
        if commit:
            headers["X-Repo-Commit"] = commit
        self._send(h, code, headers, json.dumps({"error": error}).encode(), head)

    def _commit(
        self, h: BaseHTTPRequestHandler, repo_id: str, rev: str, head: bool, check_auth: bool = True
    ) -> str | None:
        repo = self.repos.get(repo_id)
        if repo is None:
            self._error(h, 401, "RepoNotFound", head)  # the hub says 401 for missing or private
            return None
        if check_auth and repo.token and h.headers.get("Authorization") != f"Bearer {repo.token}":
            self._error(h, 403, "GatedRepo", head)
            return None
        commit = repo.refs.get(rev, rev)
        if commit not in repo.commits:
            self._error(h, 404, "RevisionNotFound", head)
            return None
        return commit

    def _json(self, h: BaseHTTPRequestHandler, obj: object, head: bool) -> None:
        self._send(h, 200, {"Content-Type": "application/json"}, json.dumps(obj).encode(), head)

    def _route(self, h: BaseHTTPRequestHandler, head: bool) -> None:
        url = urlsplit(h.path)
        path = url.path
        with self._lock:
            self.log.append(
                Request(h.command, path, h.headers.get("Range"), "Authorization" in h.headers)
            )
        if self.status is not None:
            return self._error(h, self.status, "Unavailable", head)
        if self.portal:
            page = b"<html><body>Please log in to the hotel Wi-Fi</body></html>"
            return self._send(h, 200, {"Content-Type": "text/html"}, page, head)
        if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/([^/]+))?", path):
            return self._model_info(h, unquote(m[1]), unquote(m[2] or "main"), url.query, head)
        if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)/tree/([^/]+)(/.*)?", path):
            return self._tree(h, unquote(m[1]), unquote(m[2]), head)
        if (m := re.fullmatch(r"/api/models/([^/]+/[^/]+)/refs", path)) and m[1] in self.repos:
            branches = [
                {"name": k, "ref": f"refs/heads/{k}", "targetCommit": v}
                for k, v in self.repos[m[1]].refs.items()
            ]
            return self._json(h, {"branches": branches, "tags": [], "converts": []}, head)
        if m := re.fullmatch(r"/(cdn/)?([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path):
            return self._resolve(h, bool(m[1]), unquote(m[2]), unquote(m[3]), unquote(m[4]), head)
        return self._send(h, 404, {"Content-Type": "text/plain"}, b"not found", head)

    def _model_info(
        self, h: BaseHTTPRequestHandler, repo_id: str, rev: str, query: str, head: bool
    ) -> None:
        commit = self._commit(h, repo_id, rev, head)
        if commit is None:
            return
        blobs = "blobs=true" in query.lower()
        siblings = []
        for name, data in sorted(self.repos[repo_id].commits[commit].items()):
            sibling: dict[str, object] = {"rfilename": name}
            if blobs:
                sibling.update(size=len(data), blobId=git_sha1(data))
                if self.is_lfs(name, data):
                    sibling["lfs"] = {"sha256": sha256(data), "size": len(data), "pointerSize": 134}
            siblings.append(sibling)
        doc = {"id": repo_id, "sha": commit, "private": False, "siblings": siblings, "tags": []}
        self._json(h, doc, head)

    def _tree(self, h: BaseHTTPRequestHandler, repo_id: str, rev: str, head: bool) -> None:
        commit = self._commit(h, repo_id, rev, head)
        if commit is None:
            return
        entries = []
        for name, data in sorted(self.repos[repo_id].commits[commit].items()):
            entry: dict[str, object] = {
                "type": "file", "path": name, "size": len(data), "oid": git_sha1(data)
            }  # fmt: skip
            if self.is_lfs(name, data):
                entry["lfs"] = {"oid": sha256(data), "size": len(data), "pointerSize": 134}
            entries.append(entry)
        self._json(h, entries, head)

    def _resolve(
        self,
        h: BaseHTTPRequestHandler,
        cdn: bool,
        repo_id: str,
        rev: str,
        name: str,
        head: bool,
    ) -> None:
        # The CDN serves signed URLs and checks no token, like the real one.
        commit = self._commit(h, repo_id, rev, head, check_auth=not cdn)
        if commit is None:
            return
        files = self.repos[repo_id].commits[commit]
        if name not in files:
            return self._error(h, 404, "EntryNotFound", head, commit=commit)
        data = files[name]
        lfs = self.is_lfs(name, data)
        etag = sha256(data) if lfs and self.lfs_etag else git_sha1(data)
        base = {"X-Repo-Commit": commit, "Accept-Ranges": "bytes"}
        if lfs and self.redirect_lfs and not cdn:
            location = f"http://{self.cdn_host}:{self.port}/cdn/{repo_id}/resolve/{commit}/{name}"
            headers = {
                **base,
                "Location": location,
                "X-Linked-Etag": f'"{etag}"',
                "X-Linked-Size": str(len(data)),
                "ETag": f'"{git_sha1(data)}"',
            }
            return self._send(h, 302, headers, b"", head)
        if name in self.corrupt:  # same size, last byte flipped: the header still parses
            data = data[:-1] + bytes([data[-1] ^ 0xFF])
        headers = {**base, "ETag": f'"{etag}"', "Content-Type": "application/octet-stream"}
        if head:
            return self._send(h, 200, {**headers, "Content-Length": str(len(data))}, b"", True)
        start, code = 0, 200
        if requested := h.headers.get("Range"):
            m = re.fullmatch(r"bytes=(\d+)-", requested)
            start = int(m[1]) if m else 0
            if start >= len(data):
                return self._send(h, 416, {"Content-Range": f"bytes */{len(data)}"}, b"", head)
            code = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        with self._lock:
            cut = self.cut_after.pop(name, None)
        self._send(h, code, headers, data[start:], cut=cut)
