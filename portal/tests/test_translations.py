"""The project's Chinese catalogs (locale/): compiled, complete, and served to the admin's
JavaScript too."""

import json
import re
from pathlib import Path

import django
import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings
from django.utils.translation import trans_real

LOCALE = Path(settings.BASE_DIR) / "locale"
SOURCES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def translations(catalog):
    def hashable(value):
        return value if isinstance(value, str) else tuple(value)

    return {(m.context, hashable(m.id)): hashable(m.string) for m in catalog if m.id and not m.fuzzy}


def english_catalogs(domain):
    """The English catalog of Django and of every installed app: all the strings they mark."""
    roots = [Path(django.__file__).parent / "conf", *(Path(config.path) for config in apps.get_app_configs())]
    return [path for root in roots if (path := root / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po").exists()]


def test_there_are_catalogs():
    assert {path.name for path in SOURCES} == {"django.po", "djangojs.po"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: str(path.relative_to(LOCALE)))
def test_compiled_catalog_matches_its_source(source):
    compiled = source.with_suffix(".mo")
    assert compiled.exists(), f"{compiled} is missing: run `make messages`"
    with source.open("rb") as po, compiled.open("rb") as mo:
        assert translations(read_mo(mo)) == translations(read_po(po)), f"{compiled} is stale: run `make messages`"


def test_every_string_django_and_the_apps_mark_has_chinese():
    """Wagtail's own zh_Hans catalogs leave a quarter of its strings out; with ours nothing
    is left. After an upgrade this lists the new strings to add to locale/."""
    catalog = trans_real.translation("zh-hans")._catalog
    missing = []
    for path in english_catalogs("django"):
        with path.open("rb") as po:
            for message in read_po(po):
                if not message.id:
                    continue
                singular = message.id if isinstance(message.id, str) else message.id[0]
                key = f"{message.context}\x04{singular}" if message.context else singular
                if not catalog.get(key if isinstance(message.id, str) else (key, 0)):
                    missing.append(f"{path.parents[3].name}: {message.id!r}")
    assert not missing, "no Chinese for:\n" + "\n".join(missing)


def test_the_admin_javascript_gets_every_wagtail_string_in_chinese(admin_client):
    response = admin_client.get("/admin/jsi18n/")
    served = json.loads(re.search(r"const newcatalog = (\{.*?\});", response.text, re.DOTALL)[1])
    (wagtail_js,) = [path for path in english_catalogs("djangojs") if "wagtail" in path.parts]
    with wagtail_js.open("rb") as po:
        marked = [m.id if isinstance(m.id, str) else m.id[0] for m in read_po(po) if m.id and not m.context]
    assert served["Insert a block"] == "插入块"  # from locale/, not from Wagtail
    assert [msgid for msgid in marked if not served.get(msgid)] == []
