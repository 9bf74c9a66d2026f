"""通稿: the wire feeds of WireFeed, pulled on a timer (`manage.py pull_wires`). Each new
story is filed by the archive import as a 转载 draft in 三审, in the feed's 栏目 with its
来源; a story pulled again is known by its link and not filed twice."""

from collections import Counter
from pathlib import Path

import requests
from django.utils import timezone

from .archive import LABELS, REJECTED, ArchiveImport
from .channels import ChannelMap
from .formats.base import MAX_PAGE_BYTES, FormatError, read_limited
from .formats.feed import NewsFeed

MAX_FEED_BYTES = MAX_PAGE_BYTES
TIMEOUT = (5, 30)  # seconds to connect, and between bytes
HEADERS = {
    "User-Agent": "portal-wires/1.0",
    "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
}


def pull(feed) -> bool:
    """Fetch and file one feed, recording the result on it; False when it failed as a whole."""
    try:
        data = fetch(feed.address)
        entries = NewsFeed(source=feed.source).parse(feed.address, data)
        importer = ArchiveImport(ChannelMap(fallback=feed.channel), default_source=feed.source)
        outcomes = list(importer.run(entries))
        result, ok = _summary(outcomes), True
    except FormatError as error:
        result, ok = f"失败:{error}", False
    except requests.RequestException as error:
        result, ok = f"失败:无法取得订阅源({type(error).__name__}:{error})", False
    feed.fetched_at, feed.last_result = timezone.now(), result[:500]
    feed.save(update_fields=["fetched_at", "last_result"])
    return ok


def fetch(address: str) -> bytes:
    """The feed's bytes, from its URL or its file, at most MAX_FEED_BYTES."""
    if not address.startswith(("http://", "https://")):
        path = Path(address)
        if not path.is_file():
            raise FormatError(f"文件 {address} 不存在")
        return read_limited(path, MAX_FEED_BYTES)
    with requests.get(address, timeout=TIMEOUT, stream=True, headers=HEADERS) as response:
        response.raise_for_status()
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_FEED_BYTES:
            raise _too_large(int(declared))
        data = bytearray()
        for chunk in response.iter_content(64 * 1024):
            data += chunk
            if len(data) > MAX_FEED_BYTES:
                raise _too_large(len(data))
    if not data.strip():
        raise FormatError("订阅源是空的", offset=0)
    return bytes(data)


def _too_large(size):
    return FormatError(f"订阅源过大:至少 {size:,} 字节,上限 {MAX_FEED_BYTES:,} 字节", offset=MAX_FEED_BYTES)


def _summary(outcomes):
    counts = Counter(outcome.result for outcome in outcomes)
    text = ",".join(f"{LABELS[result]} {n}" for result, n in sorted(counts.items())) or "没有条目"
    rejected = next((o for o in outcomes if o.result == REJECTED), None)
    if rejected is not None:
        where = f"第 {rejected.line} 行:" if rejected.line else ""
        text += f"。首个拒绝:{where}{rejected.reason}"
    return text
