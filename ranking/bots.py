"""Which requests are not readers: crawlers, monitors and HTTP libraries are not counted,
nor anything that does not say it is a browser (a User-Agent of "x" counted until it did).

Headless browsers (HeadlessChrome) are counted on purpose: the portal's own browser
tests drive one to check that reading an article counts a view. okhttp is counted too:
it is the HTTP library of Android apps, our own client app among them."""

import re

_NOT_READERS = re.compile(
    "|".join(
        [
            # Crawlers: Googlebot, bingbot, Baiduspider, 360Spider, YisouSpider, Bytespider,
            # "Sogou web spider", Yahoo! Slurp … Sogou's browser and CUBOT phones are readers.
            r"(?<!cu)bot|spider|crawl|slurp|facebookexternalhit|feedfetcher",
            # Command-line tools and HTTP libraries.
            r"curl/|wget|python-requests|python-urllib|httpx|aiohttp|go-http-client",
            r"java/|apache-httpclient|libwww-perl|scrapy|node-fetch|axios/",
            # Uptime monitors.
            r"pingdom|uptimerobot|statuscake|site24x7|check_http|nagios|zabbix|monitor",
        ]
    ),
    re.IGNORECASE,
)


# Every browser's User-Agent begins "Mozilla/" (Presto-era Opera's "Opera/"); our client app's
# HTTP library says "okhttp/".
_READERS = ("mozilla/", "opera/", "okhttp/")


def is_bot(user_agent: str) -> bool:
    """True unless the User-Agent is a browser's or the app's, and for the machines above."""
    return not user_agent.strip().lower().startswith(_READERS) or bool(_NOT_READERS.search(user_agent))
