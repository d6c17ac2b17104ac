"""HTTP GET with retries, exponential back-off and an on-disk cache of the raw responses.

The network sits behind one small protocol, `Transport.get(url) -> bytes`, so tests replace it
by a fake that serves fixture files. Each cached response is two files under the cache folder:
`<sha256>.body` (the bytes as received) and `<sha256>.json` (url and fetch time, UTC).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

USER_AGENT = "wijkwijs (https://github.com/wijkwijs; open-source sociaal-domeinplatform)"


class TransportError(OSError):
    """One attempt failed. `retryable` is False for answers that will not change (404)."""

    def __init__(self, message: str, retryable: bool = True):
        super().__init__(message)
        self.retryable = retryable


class FetchFailed(OSError):
    """All attempts failed and nothing usable was cached."""


class Transport(Protocol):
    def get(self, url: str) -> bytes: ...


class UrllibTransport:
    """The real network, with the standard library only (no extra dependency)."""

    def __init__(self, timeout: float = 60.0):
        self.timeout = timeout

    def get(self, url: str) -> bytes:
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "application/json, */*"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            # 4xx other than 408/429 will not get better by asking again
            retry = exc.code >= 500 or exc.code in (408, 429)
            raise TransportError(f"HTTP {exc.code} voor {url}", retryable=retry) from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise TransportError(f"geen verbinding / no connection: {exc}") from exc


@dataclass(frozen=True)
class Response:
    url: str
    body: bytes
    fetched_at: datetime  # when the body came from the network (kept when served from cache)
    from_cache: bool

    def json(self):
        return json.loads(self.body.decode("utf-8-sig"))


@dataclass
class Fetcher:
    """Fetch through a cache. `max_age=None`: a cached body is always good enough;
    `refresh=True` asks the network first and falls back to nothing (the caller keeps the old
    warehouse data). `sleep` is injectable so tests do not wait."""

    transport: Transport
    cache_dir: Path
    retries: int = 3  # attempts after the first one
    backoff: float = 2.0  # seconds before the first retry, doubled each time
    max_age: timedelta | None = None
    refresh: bool = False
    offline: bool = False  # cache only: never touch the transport
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = lambda: datetime.now(UTC)

    def get(self, url: str) -> Response:
        cached = read_cache(self.cache_dir, url)
        if cached is not None and not self.refresh:
            fresh = self.max_age is None or self.now() - cached.fetched_at <= self.max_age
            if fresh or self.offline:
                return cached
        if self.offline:
            raise FetchFailed(f"niet in de cache en offline / not cached and offline: {url}")
        body = self._with_retries(url)
        return write_cache(self.cache_dir, url, body, self.now())

    def _with_retries(self, url: str) -> bytes:
        delay = self.backoff
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            try:
                return self.transport.get(url)
            except TransportError as exc:
                last = exc
                if not exc.retryable or attempt == self.retries:
                    break
                self.sleep(delay)
                delay *= 2
        raise FetchFailed(f"ophalen mislukt / fetch failed after retries: {last}") from last


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def read_cache(cache_dir: Path, url: str) -> Response | None:
    body, meta = cache_dir / f"{_key(url)}.body", cache_dir / f"{_key(url)}.json"
    if not (body.exists() and meta.exists()):
        return None
    info = json.loads(meta.read_text(encoding="utf-8"))
    return Response(url, body.read_bytes(), datetime.fromisoformat(info["fetched_at"]), True)


def write_cache(cache_dir: Path, url: str, body: bytes, fetched_at: datetime) -> Response:
    """Write body then metadata, each via a temporary file and an atomic rename."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    key = _key(url)
    meta = json.dumps({"url": url, "fetched_at": fetched_at.isoformat(), "bytes": len(body)})
    for name, data in ((f"{key}.body", body), (f"{key}.json", meta.encode("utf-8"))):
        tmp = cache_dir / f".{name}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, cache_dir / name)
    return Response(url, body, fetched_at, False)
