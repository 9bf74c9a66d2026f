from django import template

from news.queries import nav_channels

from ..qrcodes import qr_svg
from ..queries import home_page, site_settings

register = template.Library()

TOP_CHANNEL_PATH_LENGTH = 12  # depth 3 in the page tree: root / home / channel


@register.inclusion_tag("siteconfig/nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    home = home_page(request)
    page = context.get("page") or context.get("self")
    current = page.path[:TOP_CHANNEL_PATH_LENGTH] if page is not None and page.depth >= 3 else ""
    return {
        "home": home,
        "home_label": site_settings(request).home_label,
        "channels": nav_channels(home) if home else [],
        "current_path": current,
        "at_home": page is not None and home is not None and page.id == home.id,
    }


@register.inclusion_tag("siteconfig/footer.html", takes_context=True)
def site_footer(context):
    conf = site_settings(context["request"])
    licences = list(conf.licences.all())
    rows = sorted({licence.row for licence in licences})
    return {
        "conf": conf,
        "licence_rows": [[lic for lic in licences if lic.row == row] for row in rows],
        "links": [(link.label, link.href(conf.submission_email)) for link in conf.footer_links.all()],
    }


@register.inclusion_tag("siteconfig/friendly_links.html", takes_context=True)
def friendly_links(context):
    return {"links": site_settings(context["request"]).friendly_links.all()}


@register.inclusion_tag("siteconfig/follow_panel.html", takes_context=True)
def follow_panel(context):
    conf = site_settings(context["request"])
    accounts = [(account, qr_svg(account.url)) for account in conf.social_accounts.all() if account.url]
    return {"title": conf.follow_title, "accounts": accounts}


@register.simple_tag(takes_context=True)
def site_name(context):
    return site_settings(context["request"]).site_name
