"""Bad or missing input to load_demo."""

from io import StringIO

import pytest
from django.core.management import CommandError
from tqdm import tqdm

from demo.channels import PLANS
from demo.loading import load
from demo.search_stories import STORIES
from news.models import Article, Channel

from .running import load_demo


def test_missing_reference_named_on_the_command_line_changes_nothing(db, tmp_path):
    with pytest.raises(CommandError, match="参考页面不存在"):
        load_demo("--reference", tmp_path / "missing.txt")
    assert not Channel.objects.exists()


def test_broken_reference_changes_nothing(db, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes("不是抓取页面".encode("gb18030"))
    with pytest.raises(CommandError, match="参考页面无法导入"):
        load_demo("--reference", broken)
    assert not Channel.objects.exists()


def test_missing_default_reference_is_a_warning_and_the_rest_loads(db, tmp_path):
    warnings, bar = [], StringIO()
    summary = load(
        per_channel=1,
        months=1,
        reference=tmp_path / "absent.txt",
        progress=lambda total: tqdm(total=total, file=bar),
        warn=warnings.append,
    )
    assert len(warnings) == 1 and "未找到参考页面" in warnings[0]
    assert summary.reference == "未找到,跳过"
    listed = sum(plan.has_articles for plan in PLANS)
    assert summary.articles == Article.objects.count() == listed + len(STORIES)
    assert f"{listed}/{listed}" in bar.getvalue()


@pytest.mark.parametrize("option", ["--articles-per-channel", "--months"])
def test_sizes_must_be_positive(db, option):
    with pytest.raises(CommandError, match="应为正整数"):
        load_demo(option, "0")
    assert not Channel.objects.exists()
