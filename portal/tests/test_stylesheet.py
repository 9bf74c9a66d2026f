"""Every class the stylesheet styles is one the markup uses: a rule whose class appears in
no template, script or Python that writes HTML never matches (the calendar's rules once
targeted `table.calendar` while the markup said `calendar-grid`)."""

import os
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
STYLESHEET = ROOT / "portal" / "static" / "portal" / "site.css"
SKIPPED = {"var", "node_modules", "docs", "tests", "migrations"}


def styled_classes():
    css = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.S)
    selectors = " ".join(re.findall(r"([^{}]+)\{", css))
    return set(re.findall(r"\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)", selectors))


def markup_sources():
    """Templates, scripts and Python of the project (not tests, which may name anything)."""
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [name for name in subfolders if name not in SKIPPED and not name.startswith(".")]
        for name in files:
            if name.endswith((".html", ".js", ".py")):
                yield (Path(folder) / name).read_text(errors="replace")


def used_classes(text):
    """Classes in class="…" attributes (template conditions included) and in classList calls."""
    values = re.findall(r'class="([^"]*)"', text) + re.findall(r'classList\.(?:add|remove|toggle)\("([^"]+)"', text)
    return {word for value in values for word in re.findall(r"[-_a-zA-Z0-9]+", value)}


def test_every_styled_class_is_in_the_markup():
    used = set()
    for text in markup_sources():
        used |= used_classes(text)
    assert styled_classes() - used == set()


def test_a_rule_for_a_class_nobody_writes_is_caught():
    markup = '<table class="calendar-grid"><td class="day{% if cell.count %} has-articles{% endif %}">'
    assert used_classes(markup) >= {"calendar-grid", "day", "has-articles"}
    assert "calendar" not in used_classes(markup)


def test_the_check_sees_the_calendar_rules():
    assert {"calendar-grid", "has-articles", "selected", "count"} <= styled_classes()
