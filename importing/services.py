"""Import one crawled 中工网 article page: the article, the leaders box and the site-wide
facts of its footer. All or nothing, and safe to repeat: what already matches the page
is left alone, and addresses typed in by editors are kept."""

import os
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from news.filing import file_article
from news.models import Article, Byline, Channel
from people.models import Author, Leader
from siteconfig import licences
from siteconfig.models import YEAR, FooterLink, FriendlyLink, Hotline, Licence, SiteMapPage, SiteSettings, SocialAccount

from .crawled import CrawledPage, CrawledPageError, parse_crawled_page, read_crawled_file

CREATED, UPDATED, UNCHANGED = "新建", "更新", "未变"
EMAIL_LINK_LABEL = "投稿邮箱"
SITE_MAP_LABEL = "本站地图"


@dataclass
class ImportResult:
    article: Article
    # Region of the page (稿件, 全总领导, 友情链接 …) → CREATED / UPDATED / UNCHANGED.
    parts: dict[str, str] = field(default_factory=dict)

    def _having(self, status):
        return [part for part, value in self.parts.items() if value == status]

    @property
    def created(self):
        return self._having(CREATED)

    @property
    def updated(self):
        return self._having(UPDATED)

    @property
    def unchanged(self):
        return self._having(UNCHANGED)

    @property
    def status(self):
        """How the page as a whole went: the article new, something else new, or nothing."""
        if self.parts.get("稿件") == CREATED:
            return CREATED
        return UPDATED if self.created or self.updated else UNCHANGED


def import_crawled_page(path_or_text, channel: Channel | None = None) -> ImportResult:
    """Import a page given as a path (os.PathLike, or a str naming an existing file) or
    as its text. Raises CrawledPageError, naming a line, and then nothing is saved."""
    page = parse_crawled_page(_text_of(path_or_text), Channel.objects.values_list("title", flat=True))
    channel = channel or _channel_of(page)
    with transaction.atomic():
        article, article_status = _article(page, channel)
        result = ImportResult(article, {"稿件": article_status})
        if page.leaders:
            result.parts["全总领导"] = _sync_leaders(page.leaders)
        result.parts.update(_sync_site_settings(page))
    return result


def _text_of(path_or_text):
    if isinstance(path_or_text, os.PathLike):
        return read_crawled_file(path_or_text)
    if "\n" not in path_or_text and Path(path_or_text).is_file():
        return read_crawled_file(path_or_text)
    return path_or_text


def _channel_of(page: CrawledPage) -> Channel:
    if not page.channel_name:
        raise CrawledPageError(1, "页面没有子站页头(如“中工工会”),无法判断所属栏目;请指定栏目")
    channel = Channel.objects.filter(title=page.channel_name).order_by("depth", "path").first()
    if channel is None:
        raise CrawledPageError(page.subsite_line, f"找不到名为“{page.channel_name}”的栏目;请先建立该栏目,或指定栏目")
    return channel


# --- the article -------------------------------------------------------------------


def _article(page, channel):
    """The same article is the same channel, title and publish time. One already there
    is left as it is: editors may have corrected it since."""
    existing = Article.objects.filter(primary_channel=channel, title=page.title, publish_time=page.publish_time).first()
    if existing is not None:
        return existing, UNCHANGED
    article = Article(
        title=page.title,
        kicker=page.kicker,
        subtitle=page.subtitle,
        publish_time=page.publish_time,
        first_published_at=page.publish_time,
        last_published_at=page.publish_time,
        source=page.source,
        editor=page.editor,
        body=[("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in page.body],
        bylines=[
            Byline(author=Author.objects.get_or_create(name=credit.name)[0], role=credit.role, sort_order=order)
            for order, credit in enumerate(page.credits)
        ],
    )
    try:
        return file_article(channel, article), CREATED
    except ValidationError as error:
        raise CrawledPageError(page.title_line, f"稿件无法保存:{_reasons(error, Article)}") from None


def _sync_leaders(leaders):
    """The leaders box of the page is the whole directory, in page order."""
    wanted = [(leader.name, "\n".join(leader.titles)) for leader in leaders]
    current = list(Leader.objects.order_by("sort_order", "id").values_list("name", "titles"))
    if current == wanted:
        return UNCHANGED
    Leader.objects.exclude(name__in=[name for name, _ in wanted]).delete()
    for order, (name, titles) in enumerate(wanted):
        Leader.objects.update_or_create(name=name, defaults={"titles": titles, "sort_order": order})
    return UPDATED if current else CREATED


# --- site settings -----------------------------------------------------------------

# "2008-2018" at the end of a range of years: the page was saved in 2018, the site runs on.
_YEAR_RANGE = re.compile(r"\b((?:19|20)[0-9]{2})\s*[-–—~至]\s*(?:19|20)[0-9]{2}\b")


def _to_this_year(copyright_line):
    """The page's 版权声明行 with the last year of its range kept current ({年})."""
    return _YEAR_RANGE.sub(lambda found: f"{found.group(1)}-{YEAR}", copyright_line, count=1)


def _sync_site_settings(page):
    """Each footer region found on the page replaces its settings when they differ; a
    region the page lacks is left alone."""
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    copyright_line = _to_this_year(page.copyright)
    parts = {"版权与关注面板": _sync_fields(settings, copyright=copyright_line, follow_title=page.follow_title)}
    regions = [
        ("许可证", Licence, _licence_rows(settings, page)),
        ("页脚链接", FooterLink, _footer_link_rows(settings, page)),
        ("举报电话", Hotline, [{"label": h.label, "number": h.number} for h in page.hotlines]),
        ("关注账号", SocialAccount, _social_account_rows(settings, page)),
        ("友情链接", FriendlyLink, _kept_urls(settings.friendly_links, "name", page.friendly_links)),
    ]
    for part, model, rows in regions:
        if rows:
            parts[part] = _replace_rows(settings, model, rows, part)
    return parts


def _sync_fields(settings, **values):
    changed = {name: value for name, value in values.items() if value and getattr(settings, name) != value}
    if not changed:
        return UNCHANGED
    for name, value in changed.items():
        setattr(settings, name, value)
    settings.save(update_fields=list(changed))
    return UPDATED


def _replace_rows(settings, model, rows, part):
    """Make the settings' rows of `model` equal `rows` (field dicts, in order)."""
    fields = list(rows[0])
    current = list(model.objects.filter(settings=settings).order_by("sort_order", "id").values(*fields))
    if current == rows:
        return UNCHANGED
    objects = [model(settings=settings, sort_order=order, **row) for order, row in enumerate(rows)]
    for obj in objects:
        try:
            obj.full_clean(exclude=["settings"])
        except ValidationError as error:
            raise CrawledPageError(None, f"{part}无法保存:{_reasons(error, model)}") from None
    model.objects.filter(settings=settings).delete()
    model.objects.bulk_create(objects)
    return UPDATED if current else CREATED


def _reasons(error, model):
    """Reasons such as "引题:…", with field names as editors know them from the admin."""
    fields = {f.name: f.verbose_name for f in model._meta.get_fields() if hasattr(f, "verbose_name")}
    return ";".join(
        f"{fields.get(name, name)}:{message}" for name, messages in error.message_dict.items() for message in messages
    )


def _kept_urls(relation, key, names):
    """Rows named as on the page, each keeping the url an editor gave it before."""
    urls = dict(relation.values_list(key, "url"))
    return [{key: name, "url": urls.get(name, "")} for name in names]


def _licence_rows(settings, page):
    urls = dict(settings.licences.values_list("text", "url"))
    return [
        {"row": lic.row, "text": lic.text, "kind": licences.kind_of(lic.text), "url": urls.get(lic.text, "")}
        for lic in page.licences
    ]


def _social_account_rows(settings, page):
    rows = _kept_urls(settings.social_accounts, "name", page.social_accounts)
    for row in rows:
        row["platform"] = _platform(row["name"], page)
    return rows


def _platform(name, page):
    for platform in SocialAccount.Platform:
        if platform.label in name:
            return platform.value
    labels = "、".join(SocialAccount.Platform.labels)
    raise CrawledPageError(page.follow_line, f"无法判断账号“{name}”的平台,名称中应含{labels}之一")


def _footer_link_rows(settings, page):
    """A link already there keeps what an editor chose; a new one points at the page
    of the same title when the site has one (本站地图: the site map page)."""
    existing = {link.label: link for link in settings.footer_links.all()}
    rows = []
    for label in page.footer_links:
        link = existing.get(label)
        kind, page_id, url = (link.kind, link.page_id, link.url) if link else (FooterLink.Kind.PAGE, None, "")
        if label == EMAIL_LINK_LABEL and link is None:
            kind = FooterLink.Kind.EMAIL
        elif kind == FooterLink.Kind.PAGE and page_id is None:
            page_id = _page_titled(label)
        rows.append({"label": label, "kind": kind, "page_id": page_id, "url": url})
    return rows


def _page_titled(label):
    pages = SiteMapPage.objects.all() if label == SITE_MAP_LABEL else Page.objects.filter(title=label, depth__gt=1)
    return pages.live().order_by("depth", "path").values_list("id", flat=True).first()
