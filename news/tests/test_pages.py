import re

from news.models import Channel
from news.testing import beijing, make_article, make_channel
from ranking.admission import token


def test_channel_page_lists_newest_first_and_paginates(client, channel):
    channel.per_page = 2
    channel.save()
    for day in range(1, 6):
        make_article(channel, f"第{day}篇", when=beijing(2018, 12, day, 9, 0, 0))

    first = client.get(channel.url)
    assert first.status_code == 200
    titles = [a.title for a in first.context["articles"]]
    assert titles == ["第5篇", "第4篇"]
    assert [a.title for a in client.get(channel.url + "?page=3").context["articles"]] == ["第1篇"]


def test_page_number_past_the_end_or_malformed_is_404(client, channel):
    make_article(channel, "唯一一篇")
    for bad in ("2", "99", "0", "-1", "abc", "1.5", "9" * 40):
        assert client.get(channel.url, {"page": bad}).status_code == 404, bad


def test_link_channel_redirects_to_its_system(client, home):
    forum = make_channel("论坛", "luntan", home, kind=Channel.Kind.LINK, link_url="http://bbs.example.cn/")
    response = client.get(forum.url)
    assert response.status_code == 302
    assert response["Location"] == "http://bbs.example.cn/"


def test_month_folder_redirects_to_its_channel(client, channel):
    article = make_article(channel, "稿件")
    response = client.get(article.get_parent().url)
    assert response.status_code == 301
    assert response["Location"] == channel.url


def test_article_page_shows_headline_block_and_attribution(client, channel):
    article = make_article(
        channel,
        "做好六字",
        kicker="认真学习",
        subtitle="副题",
        authors=["魏俊", "王芳"],
        source="中工网--《工人日报》",
        editor="葛文琦",
        body=[("paragraph", "<p>第一段</p>"), ("quote", {"text": "引文", "attribution": "某人"})],
    )
    html = client.get(article.url).content.decode()
    for text in (
        "认真学习",
        "做好六字",
        "——副题",
        "魏俊 王芳",
        "2018-12-25 07:56:26",
        "来源:中工网--《工人日报》",
        "编辑:葛文琦",
        "<p>第一段</p>",
        "引文",
    ):
        assert text in html, text
    assert f'data-beacon="/ranking/hit/{article.id}/?t={token(article.id)}"' in html
    assert f'<noscript><img src="/ranking/hit/{article.id}/?t={token(article.id)}"' in html


def test_article_page_escapes_unsafe_body_html(client, channel):
    article = make_article(channel, "安全", body=[("paragraph", "<p>正文<script>alert(1)</script></p>")])
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_home_page_nav_and_channel_blocks(client, home):
    first = make_channel("时政", "shizheng", home)
    second = make_channel("评论", "pinglun", home)
    hidden = make_channel("内部", "neibu", home, show_in_menus=False)
    make_article(first, "时政要闻")
    make_article(hidden, "内部稿件")
    html = client.get("/").content.decode()
    nav = html[html.index('class="main-nav"') : html.index("</nav>")]
    assert nav.index("中工网首页") < nav.index("时政") < nav.index("评论")
    assert "内部" not in nav
    blocks = html[html.index('class="channel-blocks"') :]
    blocks = blocks[: blocks.index("</div>")]
    assert re.findall(r'class="box-title"><a href="[^"]+">([^<]+)</a>', blocks) == ["时政"]
    assert "时政要闻" in blocks and "内部稿件" not in blocks
    assert second.title in nav


def picture(title, caption, credit):
    import random

    from demo.images import save_picture

    return save_picture(random.Random(title), f"test-{len(title)}", title, caption, credit)


def test_pictures_show_caption_and_credit_and_describe_themselves(client, channel):
    lead = picture("IMG_2034", "职工在实训基地核对工单。", "程霞 摄")
    inside = picture("IMG_2035", "参赛选手正在装配零部件。", "林军 摄")
    article = make_article(channel, "有图的稿件", lead_image=lead, body=[("figure", {"image": inside, "caption": ""})])
    html = client.get(article.url).content.decode()
    assert '<figcaption>职工在实训基地核对工单。 <span class="credit">程霞 摄</span></figcaption>' in html
    assert '<figcaption>参赛选手正在装配零部件。 <span class="credit">林军 摄</span></figcaption>' in html
    assert 'alt="职工在实训基地核对工单。"' in html and 'alt="参赛选手正在装配零部件。"' in html
    assert "IMG_2034" not in html and "IMG_2035" not in html  # a file's title is not a description


def test_a_dash_typed_before_the_subtitle_is_not_doubled(client, channel):
    for typed in ("——记全国劳模王某", "—— 记全国劳模王某", "--记全国劳模王某", "\u3000记全国劳模王某"):
        article = make_article(channel, f"副题{len(typed)}{typed[0]}", subtitle=typed)
        html = client.get(article.url).content.decode()
        assert '<p class="subtitle">——记全国劳模王某</p>' in html, typed


def test_channel_pages_are_numbered_with_gaps_in_long_lists(client, channel):
    channel.per_page = 1
    channel.save()
    for day in range(1, 13):
        make_article(channel, f"第{day}篇", when=beijing(2018, 12, day, 9, 0, 0))
    html = client.get(channel.url, {"page": 6}).content.decode()
    numbers = re.findall(r'<li><(?:a href="\?page=\d+" aria-label="第 \d+ 页"|span aria-current="page")>(\d+)<', html)
    assert numbers == ["1", "4", "5", "6", "7", "8", "12"]
    assert '<span aria-current="page">6</span>' in html
    assert html.count('<li class="gap" aria-hidden="true">…</li>') == 2
    assert 'rel="prev">上一页' in html and 'rel="next">下一页' in html
