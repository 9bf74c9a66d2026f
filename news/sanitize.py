"""The one whitelist for stored rich text: whatever writes a body (editor, importer,
API), only these tags and attributes reach the database and so the page."""

import nh3

TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ol", "ul", "li", "h3", "embed"}
ATTRIBUTES = {
    # Wagtail stores internal links and images as <a linktype id> / <embed embedtype id>.
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt"},
}


def clean_rich_text(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto"})
