"""Numbers in addresses and query strings that name rows.

A row id is at most 2**63 - 1 in both databases (a 64-bit column); a longer number names no
row, yet handed to the database it overflows (SQLite: OverflowError, PostgreSQL: "out of
range"), a 500. The portal's addresses and forms bound them here, so that such a number is a
404 or the form's message, like any missing row. (Wagtail's admin bounds its own.)"""

ROW_ID_MAX = 2**63 - 1


def row_id(value):
    """`value` as a row id, or None when it cannot be one (not a number, 0, too long)."""
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or len(text) > len(str(ROW_ID_MAX)):
        return None
    number = int(text)
    return number if 0 < number <= ROW_ID_MAX else None


class RowIdConverter:
    """`<id:name>` in a URL pattern: a row id, else the pattern does not match."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = row_id(value)
        if number is None:
            raise ValueError(value)
        return number

    def to_url(self, value):
        return str(value)
