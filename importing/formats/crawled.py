"""The crawled text pages the project already reads (importing.crawled): one article each."""

from importing.crawled import CrawledPageError, parse_crawled_page, read_crawled_file
from news.models import Channel

from .base import ArchiveFormat, Entry, FormatError, Story


class CrawledText(ArchiveFormat):
    name = "crawled"
    label = "抓取文本页"
    suffixes = (".txt",)
    channel_names: tuple | list = ()

    def sniff(self, path, head):
        return super().sniff(path, head) and not head.lstrip().startswith(b"<")

    def prepare(self):
        """Known names split the page's nav line (see importing.crawled.split_nav_channels)."""
        self.channel_names = list(Channel.objects.values_list("title", flat=True))

    def address_of(self, path, declared=""):
        """A saved site keeps a page's text beside its address: 8740893.shtml.txt."""
        address = super().address_of(path, declared)
        stem, dot, suffix = address.rpartition(".")
        return stem if dot and suffix.lower() == "txt" and "." in stem.rsplit("/", 1)[-1] else address

    def entries(self, path):
        try:
            page = parse_crawled_page(read_crawled_file(path), self.channel_names)
        except CrawledPageError as error:
            raise FormatError(error.message, line=error.line) from None
        yield Entry(path, story=self.story(path, page))

    def story(self, path, page):
        return Story(
            address=self.address_of(path),
            title=page.title,
            kicker=page.kicker,
            subtitle=page.subtitle,
            publish_time=page.publish_time,
            paragraphs=page.body,
            channel=page.channel_name,
            credits=page.credits,
            source=page.source,
            editor=page.editor,
            line=page.title_line,
        )
