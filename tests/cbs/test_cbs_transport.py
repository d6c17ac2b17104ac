"""Caching with fetch time, retries with exponential back-off, no network anywhere."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.cbs.fakes import FlakyTransport
from wijkwijs.cbs.transport import Fetcher, FetchFailed, TransportError

URL = "https://opendata.cbs.nl/ODataFeed/odata/85618NED/TableInfos?$format=json"


class Clock:
    def __init__(self):
        self.moment = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

    def __call__(self):
        return self.moment


def test_second_call_is_served_from_cache_with_the_first_fetch_time(tmp_path):
    transport, clock = FlakyTransport(failures=0, body=b'{"value": [1]}'), Clock()
    fetcher = Fetcher(transport, tmp_path, now=clock)
    first = fetcher.get(URL)
    clock.moment += timedelta(hours=5)
    second = Fetcher(transport, tmp_path, now=clock).get(URL)  # a new process, same cache
    assert transport.calls == 1
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.fetched_at == first.fetched_at == datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    assert second.json() == {"value": [1]}
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".body", ".json"]


def test_stale_cache_is_fetched_again_and_refresh_ignores_the_cache(tmp_path):
    transport, clock = FlakyTransport(failures=0), Clock()
    Fetcher(transport, tmp_path, now=clock).get(URL)
    clock.moment += timedelta(days=8)
    again = Fetcher(transport, tmp_path, now=clock, max_age=timedelta(days=7)).get(URL)
    assert transport.calls == 2 and again.fetched_at == clock.moment
    Fetcher(transport, tmp_path, now=clock, refresh=True).get(URL)
    assert transport.calls == 3


def test_two_failures_then_success_backs_off_exponentially(tmp_path):
    transport, sleeps = FlakyTransport(failures=2), []
    response = Fetcher(transport, tmp_path, backoff=1.5, sleep=sleeps.append).get(URL)
    assert transport.calls == 3
    assert sleeps == [1.5, 3.0]
    assert not response.from_cache


def test_gives_up_after_the_retries_and_caches_nothing(tmp_path):
    transport, sleeps = FlakyTransport(failures=10), []
    with pytest.raises(FetchFailed, match="ophalen mislukt"):
        Fetcher(transport, tmp_path, retries=3, backoff=1, sleep=sleeps.append).get(URL)
    assert transport.calls == 4 and sleeps == [1, 2, 4]
    assert list(tmp_path.iterdir()) == []


def test_a_not_found_is_not_retried(tmp_path):
    class NotFound:
        calls = 0

        def get(self, url):
            self.calls += 1
            raise TransportError("HTTP 404", retryable=False)

    transport, sleeps = NotFound(), []
    with pytest.raises(FetchFailed):
        Fetcher(transport, tmp_path, sleep=sleeps.append).get(URL)
    assert transport.calls == 1 and sleeps == []


def test_offline_serves_only_the_cache(tmp_path):
    transport = FlakyTransport(failures=0)
    with pytest.raises(FetchFailed, match="offline"):
        Fetcher(transport, tmp_path, offline=True).get(URL)
    assert transport.calls == 0
    Fetcher(transport, tmp_path).get(URL)
    clock = Clock()
    clock.moment += timedelta(days=365)
    old = Fetcher(transport, tmp_path, offline=True, max_age=timedelta(days=1), now=clock).get(URL)
    assert old.from_cache and transport.calls == 1  # old but usable when offline
