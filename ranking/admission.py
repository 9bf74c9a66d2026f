"""Which beacons count as a reader's view (新闻排行 cannot be bought).

A beacon counts when it carries the token of the page that sent it, and then once per reader
(address and User-Agent) per article per WINDOW; an address counts at most PER_ADDRESS views
a minute. What is turned away is kept per address and minute as a burst for editors to see.
The app's own beacon view and the pass over nginx's logs judge alike, with what they have
seen kept in the shared cache (Redis in production), so that a window spans passes and
workers."""

import hashlib
import hmac
from collections import Counter
from enum import StrEnum

from django.conf import settings
from django.core.cache import cache

WINDOW = 30 * 60
PER_ADDRESS = 60
# A burst worth an editor's look: an address turned away this often in one minute.
BURST_AT = 20


class Verdict(StrEnum):
    COUNTED = "counted"
    REPEAT = "repeat"  # the same reader, the same article, within the window
    FLOOD = "flood"  # the address's views of this minute are used up
    FORGED = "forged"  # no token, or not this article's


def token(article_id):
    """The beacon token an article's page carries: only our page knows it for this article."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"beacon:{article_id}".encode(), hashlib.sha256).hexdigest()[:16]


def judge(beacons, origins=None):
    """Verdicts for `beacons`, (article id, address, user agent, token, epoch seconds) each, in
    order; bursts among them are recorded. `origins` name where each beacon was read (a log
    line's file and offset): a pass killed before it saved its views reads the same lines
    again, and a reader admitted by the very same line is admitted again, not a repeat."""
    beacons = list(beacons)
    origins = origins or [None] * len(beacons)
    reader_keys = [_reader_key(b) for b in beacons]
    minute_keys = [f"beacon:minute:{b[1]}:{int(b[4]) // 60}" for b in beacons]
    seen = cache.get_many(reader_keys)
    used = Counter(cache.get_many(set(minute_keys)))
    verdicts, admitted = [], {}
    for beacon, origin, reader, minute in zip(beacons, origins, reader_keys, minute_keys, strict=True):
        repeated = reader in admitted or (reader in seen and (origin is None or seen[reader] != origin))
        verdict = _verdict(beacon, repeated, used[minute])
        if verdict == Verdict.COUNTED:
            admitted[reader] = origin or 1
            used[minute] += 1
        verdicts.append(verdict)
    cache.set_many(admitted, WINDOW)
    cache.set_many({key: used[key] for key in set(minute_keys)}, 120)
    _record_bursts(beacons, verdicts)
    return verdicts


def _verdict(beacon, repeated, used_this_minute):
    article_id, _, _, given, _ = beacon
    if not given or not hmac.compare_digest(given, token(article_id)):
        return Verdict.FORGED
    if repeated:
        return Verdict.REPEAT
    if used_this_minute >= PER_ADDRESS:
        return Verdict.FLOOD
    return Verdict.COUNTED


def _reader_key(beacon):
    article_id, address, user_agent, _, _ = beacon
    digest = hashlib.blake2b(f"{address}|{user_agent}|{article_id}".encode(), digest_size=12).hexdigest()
    return f"beacon:reader:{digest}"


def _record_bursts(beacons, verdicts):
    """Count what each address had turned away this minute (in the cache: a flood must not
    become a database write per beacon); a burst is written when it reaches BURST_AT and
    again at each further BURST_AT, so the editors' list shows it and its size."""
    from .models import BeaconBurst

    away, articles = Counter(), {}
    for beacon, verdict in zip(beacons, verdicts, strict=True):
        if verdict != Verdict.COUNTED:
            key = (beacon[1], int(beacon[4]) // 60)
            away[key] += 1
            articles.setdefault(key, Counter())[beacon[0]] += 1
    keys = {f"beacon:away:{address}:{minute}": (address, minute) for address, minute in away}
    before = cache.get_many(keys)
    after = {key: before.get(key, 0) + away[where] for key, where in keys.items()}
    cache.set_many(after, 120)
    for key, (address, minute) in keys.items():
        if after[key] // BURST_AT > before.get(key, 0) // BURST_AT:
            BeaconBurst.record(address, minute * 60, articles[address, minute].most_common(1)[0][0], after[key])
