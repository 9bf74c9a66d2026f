from wagtail.models import Collection, Page


def test_the_roots_wagtail_makes_have_chinese_names(db):
    assert Page.objects.get(depth=1).get_admin_display_title() == "根目录"
    assert Collection.get_first_root_node().name == "根集合"
