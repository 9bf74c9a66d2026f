"""The reference page (a crawled 中工网 article) and variants of it made by editing its text."""

from pathlib import Path

from django.conf import settings

REFERENCE = Path(settings.BASE_DIR).parent / "shared" / "seed" / "000_983429f80979f723.txt"


def reference_text():
    # The reference sits beside the clone; without it these tests must fail, not skip.
    assert REFERENCE.is_file(), f"参考页不存在:{REFERENCE}"
    return REFERENCE.read_text(encoding="utf-8")


def edited(text, old, new):
    """The text with one passage changed; the passage must be there."""
    assert old in text, old
    return text.replace(old, new, 1)


def without_header(text):
    """The page as a channel without a sub-site header or leaders box shows it."""
    head, _, rest = text.partition("认真学习贯彻")
    return head.split("\n", 1)[0] + "\n\n认真学习贯彻" + rest
