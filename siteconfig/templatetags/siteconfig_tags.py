"""The site-wide parts of every page (nav, 友情链接, footer, follow panel), each rendered once
and remembered until the settings or the channel tree change (delivery.memo)."""

from django import template
from django.urls import reverse
from wagtail.models import Site

from delivery.memo import remember_html
from delivery.tags import changes_at
from news.queries import nav_channels

from ..qrcodes import qr_svg
from ..queries import home_page, site_settings

register = template.Library()

TOP_CHANNEL_PATH_LENGTH = 12  # depth 3 in the page tree: root / home / channel


def _remembered_html(request, name, template_name, make_context, variant=""):
    site = Site.find_for_request(request)
    return remember_html(f"html:{name}:{site.pk if site else 0}:{variant}", template_name, make_context)


@register.simple_tag(takes_context=True)
def main_nav(context):
    request = context["request"]
    page = context.get("page") or context.get("self")
    current = page.path[:TOP_CHANNEL_PATH_LENGTH] if page is not None and page.depth >= 3 else ""
    at_home = page is not None and page.depth == 2

    def make_context():
        home = home_page(request)
        return {
            "home": home,
            "home_label": site_settings(request).home_label,
            "channels": nav_channels(home) if home else [],
            "current_path": current,
            "at_home": at_home,
        }

    return _remembered_html(request, "nav", "siteconfig/nav.html", make_context, f"{current}:{at_home}")


@register.simple_tag(takes_context=True)
def site_footer(context):
    def make_context():
        conf = site_settings(context["request"])
        changes_at(conf.copyright_changes_at())
        licences = list(conf.licences.all())
        rows = sorted({licence.row for licence in licences})
        return {
            "conf": conf,
            "licence_rows": [[lic for lic in licences if lic.row == row] for row in rows],
            "links": [(link.label, link.href(conf.submission_email)) for link in conf.footer_links.all()],
            "report_url": reverse("complaints:report"),
        }

    return _remembered_html(context["request"], "footer", "siteconfig/footer.html", make_context)


@register.simple_tag(takes_context=True)
def friendly_links(context):
    def make_context():
        return {"links": [link for link in site_settings(context["request"]).friendly_links.all() if link.url]}

    return _remembered_html(context["request"], "friendly-links", "siteconfig/friendly_links.html", make_context)


@register.simple_tag(takes_context=True)
def follow_panel(context):
    def make_context():
        conf = site_settings(context["request"])
        accounts = [(account, qr_svg(account.url)) for account in conf.social_accounts.all() if account.url]
        return {"title": conf.follow_title, "accounts": accounts}

    return _remembered_html(context["request"], "follow", "siteconfig/follow_panel.html", make_context)


@register.simple_tag(takes_context=True)
def site_name(context):
    return site_settings(context["request"]).site_name


@register.simple_tag(takes_context=True)
def site_slogan(context):
    return site_settings(context["request"]).slogan
