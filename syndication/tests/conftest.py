from random import Random

import pytest

from demo.images import save_picture
from news.testing import beijing, make_article, make_channel

BASE = "http://testserver"
TITLE = "全总部署做好元旦春节期间困难职工帮扶工作"
PARAGRAPHS = [
    "全国总工会日前印发通知,要求各级工会组织认真做好元旦春节期间困难职工帮扶工作,确保困难职工温暖过节。",
    "通知指出,各级工会要深入基层、深入企业,摸清困难职工底数,做到精准识别、精准帮扶。",
    "通知强调,要加强对农民工、货车司机、快递员等新就业形态劳动者的关怀,把党和政府的温暖送到职工心坎上。",
]


@pytest.fixture
def picture(db):
    return save_picture(Random(1), "lead", "题图", caption="职工在车间", credit="摄影:张三")


@pytest.fixture
def sub_channel(channel):
    return make_channel("深度报道", "shendu", channel)


@pytest.fixture
def article(sub_channel, channel, picture):
    """A complete article: kicker, subtitle, bylines, lead picture, a body picture, an
    internal link, tags; filed in a sub-channel of 工会 on 2018-12-25 07:56:26 Beijing time."""
    body = [("paragraph", f"<p>{text}</p>") for text in PARAGRAPHS]
    body.insert(1, ("figure", {"image": picture, "caption": "帮扶现场"}))
    body.append(("paragraph", f'<p>详见<a href="{channel.url}">工会栏目</a>。</p>'))
    story = make_article(
        sub_channel,
        TITLE,
        when=beijing(2018, 12, 25, 7, 56, 26),
        kicker="认真学习贯彻全总十七大精神",
        subtitle="确保困难职工温暖过节",
        summary="全总要求各级工会做好两节期间困难职工帮扶工作。",
        authors=["魏俊", "王芳"],
        source="中工网--《工人日报》",
        editor="葛文琦",
        lead_image=picture,
        body=body,
    )
    story.tags.add("困难职工", "送温暖")
    story.save()
    return story
