"""Finding English a newsroom member would read on an admin screen: text nodes and the
attributes shown as tooltips, placeholders and screen-reader labels."""

import re
from collections import defaultdict

# Runs in the page: the text of every rendered element (screen-reader-only text and CSS
# generated content included; closed menus and dialogs are opened by the walk), with where
# it was found. Code, key caps, scripts and what the user types (input values, textareas)
# are not labels.
COLLECT = """() => {
    const SKIP = "script, style, noscript, template, code, pre, kbd, textarea, iframe";
    const ATTRIBUTES = ["title", "placeholder", "aria-label", "aria-description", "alt",
                        "data-w-tooltip-content-value", "data-w-progress-active-value"];
    const BUTTONS = ["submit", "button", "reset"];
    const found = [["title", document.title]];
    // Subtrees that are skipped or not rendered at all are not entered.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, (element) =>
        element.matches(SKIP) || !element.checkVisibility() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    );
    for (let element = walker.currentNode; element; element = walker.nextNode()) {
        if (!element.checkVisibility({visibilityProperty: true})) continue;
        const tag = element.tagName.toLowerCase();
        for (const node of element.childNodes) {
            if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) found.push([tag, node.textContent]);
        }
        for (const name of ATTRIBUTES) {
            const value = element.getAttribute(name);
            if (value) found.push([`${tag}[${name}]`, value]);
        }
        if (tag === "input" && BUTTONS.includes(element.type) && element.value) {
            found.push(["input[value]", element.value]);
        }
        for (const pseudo of ["::before", "::after"]) {  // e.g. the placeholder of an empty rich-text editor
            const content = getComputedStyle(element, pseudo).content;
            if (content.startsWith('"')) found.push([`${tag}${pseudo}`, JSON.parse(content)]);
        }
    }
    return found;
}"""

# Version numbers, sizes (800x450), addresses, e-mail addresses, file names and dotted
# model names (news.article) are not words anyone translates.
NOT_PROSE = re.compile(
    r"\bv\d+(?:\.\d+)+|\b\d+x\d+\b|\w+://\S+|mailto:\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w])/[\w/.?=&%#-]*"
    r"|\S+\.(?:jpe?g|png|gif|webp|svg|pdf|txt)\b|(?-i:\b[a-z_]+\.[a-z_]+\b)",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def english_words(text, allowed):
    return [word for word in WORD.findall(NOT_PROSE.sub(" ", text)) if word not in allowed]


def english_in(page, allowed, exempt=frozenset()):
    """{word: {(where, text), …}} for the English words on the page now, but for the words
    in `allowed` and the exact (where, text) pairs in `exempt`."""
    words = defaultdict(set)
    for where, text in page.evaluate(COLLECT):
        text = " ".join(text.split())
        if (where, text) in exempt:
            continue
        for word in english_words(text, allowed):
            words[word].add((where, text[:200]))
    return words


def report(findings):
    """Per screen, each English word and the strings it came from: the msgids to add."""
    lines = []
    for screen, words in findings.items():
        lines.append(f"== {screen}: {', '.join(sorted(words))}")
        sources = sorted({source for found in words.values() for source in found})
        lines += [f"   {where}: {text}" for where, text in sources]
    return "\n".join(lines)
