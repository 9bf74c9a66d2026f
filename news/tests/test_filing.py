from news.models import Article, ArticleFolder
from news.testing import beijing, make_article, make_channel


def test_article_is_filed_in_a_month_folder_of_its_channel(channel):
    article = make_article(channel, "做好六字", authors=["魏俊"])
    folder = article.get_parent().specific
    assert isinstance(folder, ArticleFolder)
    assert folder.slug == "2018-12"
    assert folder.get_parent().id == channel.id
    assert article.primary_channel_id == channel.id
    assert article.url == "/gonghui/2018-12/25075626/"
    assert article.author_names == ["魏俊"]


def test_same_second_articles_get_distinct_slugs(channel):
    first = make_article(channel, "甲")
    second = make_article(channel, "乙")
    assert first.slug != second.slug
    assert ArticleFolder.objects.child_of(channel).count() == 1


def test_month_folder_uses_beijing_time(channel):
    # 2018-12-31 17:00 UTC is already January in Beijing.
    article = make_article(channel, "新年", when=beijing(2019, 1, 1, 1, 0, 0))
    assert article.get_parent().slug == "2019-01"


def test_channel_list_includes_sub_channels(home):
    union = make_channel("工会", "gonghui", home, is_subsite=True, subsite_title="中工工会")
    depth = make_channel("深度报道", "shendu", union)
    make_article(depth, "深度稿")
    make_article(union, "工会稿")
    from news.queries import channel_articles

    assert sorted(a.title for a in channel_articles(union)) == ["工会稿", "深度稿"]
    assert [a.title for a in channel_articles(depth)] == ["深度稿"]
    assert depth.subsite().id == union.id
    assert Article.objects.count() == 2


def test_moving_an_article_to_another_channel_refiles_it(home):
    first = make_channel("时政", "shizheng", home)
    second = make_channel("评论", "pinglun", home)
    article = make_article(first, "移动稿件")
    target = make_article(second, "占位", when=beijing(2018, 12, 1, 8, 0, 0)).get_parent()
    article.move(target, pos="last-child")
    article.refresh_from_db()
    assert article.primary_channel_id == second.id
