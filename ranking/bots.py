"""Which requests are not readers: crawlers, monitors and HTTP libraries are not counted.

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


def is_bot(user_agent: str) -> bool:
    """True for an empty User-Agent and for the obvious machines above."""
    return not user_agent.strip() or bool(_NOT_READERS.search(user_agent))
