"""人工干预: editors put an article first or take it out of 新闻排行 and the home modules, say
why, and every intervention stays in the log (who, when, what, why, and who lifted it)."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.testing import beijing, make_article
from placement.models import Curation, Module
from placement.queries import modules
from ranking.counting import counter
from ranking.queries import top_articles
from ranking.templatetags.ranking_tags import ranking_box
from review.roles import FIRST_READER, REPORTER
from review.testing import make_staff_member


@pytest.fixture
def ranked(channel):
    articles = [make_article(channel, title) for title in ("最热", "次热", "冷门")]
    counter.flush()
    for article, views in zip(articles, (30, 20, 1), strict=True):
        counter.hit(article.id, n=views)
    counter.flush()
    return articles


def titles(entries):
    return [article.title for article, _ in entries]


def test_editors_pin_and_take_out_in_the_ranking(ranked):
    hottest, second, cold = ranked
    assert titles(top_articles("day")) == ["最热", "次热", "冷门"]
    Curation.objects.create(place="ranking", action="exclude", article=hottest, reason="标题党,已更正")
    Curation.objects.create(place="ranking", action="pin", article=cold, reason="重要通知")
    entries = top_articles("day")
    assert titles(entries) == ["冷门", "次热"] and entries[0][1] is None
    box = BeautifulSoup(ranking_box(), "html.parser")
    assert box.select_one("ol.ranked li").get_text(" ", strip=True) == "冷门 推荐"
    assert "最热" not in box.get_text()


def test_lifted_or_ended_interventions_stop_but_stay_in_the_log(ranked):
    hottest = ranked[0]
    lifted = Curation.objects.create(place="ranking", action="exclude", article=hottest, reason="核实中", lifted=True)
    ended = Curation.objects.create(
        place="ranking", action="exclude", article=hottest, reason="核实中", ends_at=timezone.now() - timedelta(1)
    )
    assert titles(top_articles("day"))[0] == "最热"
    assert set(Curation.objects.all()) == {lifted, ended}


def test_the_box_changes_at_once(client, ranked):
    assert "最热" in ranking_box()
    Curation.objects.create(place="ranking", action="exclude", article=ranked[0], reason="违规")
    assert "最热" not in ranking_box()


def test_a_home_module_shows_what_editors_decided(channel):
    articles = [make_article(channel, f"稿{i}", when=beijing(2018, 12, i, 8, 0, 0)) for i in (1, 2, 3, 4)]
    module = Module.objects.create(key="home-top", title="要闻", region="home", channel=channel, size=3)
    assert [a.title for a in module.articles()] == ["稿4", "稿3", "稿2"]
    Curation.objects.create(place="module", module=module, action="exclude", article=articles[3], reason="撤下")
    Curation.objects.create(place="module", module=module, action="pin", article=articles[0], reason="置顶")
    assert [a.title for a in module.articles()] == ["稿1", "稿3", "稿2"]
    (shown,) = [entries for box, entries in modules("home") if box.pk == module.pk]
    assert [a.title for a in shown] == ["稿1", "稿3", "稿2"]


def test_an_intervention_needs_its_place_and_a_reason(channel):
    article = make_article(channel, "稿")
    sidebar = Module.objects.create(key="side", title="侧栏", region="sidebar")
    for fields in ({"place": "module", "module": sidebar}, {"place": "module"}, {"place": "ranking", "reason": " "}):
        with pytest.raises(ValidationError):
            Curation(**{"action": "pin", "article": article, "reason": "理由", **fields}).full_clean()


def test_the_desk_makes_and_lifts_but_never_rewrites_or_deletes(client, channel):
    article = make_article(channel, "被撤下的稿")
    editor = make_staff_member("bianji", FIRST_READER)
    client.force_login(editor)
    made = {"place": "ranking", "module": "", "action": "exclude", "article": article.pk, "reason": "来源存疑"}
    assert client.post("/admin/curations/new/", made | {"ends_at": ""}).status_code == 302
    curation = Curation.objects.get()
    assert (curation.made_by, curation.reason) == (editor, "来源存疑")

    client.post(f"/admin/curations/edit/{curation.pk}/", made | {"reason": "改写理由", "ends_at": "", "lifted": "on"})
    curation.refresh_from_db()
    assert curation.reason == "来源存疑" and curation.lifted and curation.lifted_by == editor
    client.post(f"/admin/curations/delete/{curation.pk}/")
    assert Curation.objects.filter(pk=curation.pk).exists()

    client.force_login(make_staff_member("jizhe", REPORTER))
    assert client.get("/admin/curations/").status_code in (302, 403)
