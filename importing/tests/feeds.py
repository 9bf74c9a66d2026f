"""Wire feeds made for tests: RSS 2.0 and Atom, as news agencies publish them."""

from email.utils import format_datetime


def rss(*items, title="新华网 时政频道"):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{title}</title>
<link>https://wire.example.cn/politics/</link>
<description>时政通稿</description>
{"".join(items)}</channel>
</rss>
"""


def rss_item(number, title, when, *, body="<p>第一段。</p><p>第二段。</p>", author="新华社记者 张三 李四",
             categories=("时政",)):
    published = f"<pubDate>{format_datetime(when)}</pubDate>" if when else ""
    terms = "".join(f"<category>{term}</category>" for term in categories)
    return f"""<item>
<title>{title}</title>
<link>https://wire.example.cn/politics/2026-12/{number}.htm</link>
<guid>https://wire.example.cn/politics/2026-12/{number}.htm</guid>
<dc:creator>{author}</dc:creator>
{published}{terms}
<description><![CDATA[{body}]]></description>
</item>
"""


def atom(*entries, title="工人日报 通稿"):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{title}</title>
<id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
<updated>2026-12-07T08:00:00Z</updated>
{"".join(entries)}</feed>
"""


def atom_entry(number, title, updated, *, published=None, content="<p>正文一段。</p>", author="本报记者 王芳"):
    first = f"<published>{published}</published>" if published else ""
    return f"""<entry>
<title>{title}</title>
<link href="https://wire.example.cn/atom/{number}.html"/>
<id>urn:wire:{number}</id>
<updated>{updated}</updated>{first}
<author><name>{author}</name></author>
<summary>摘要{number}</summary>
<content type="html"><![CDATA[{content}]]></content>
</entry>
"""
