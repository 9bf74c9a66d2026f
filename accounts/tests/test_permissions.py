from django.contrib.auth.models import Permission


def test_model_permissions_have_chinese_names(db):
    names = dict(Permission.objects.values_list("codename", "name"))
    assert names["add_group"] == "可以添加组"  # Django's model, named through its catalog
    assert names["change_article"] == "可以修改稿件"
    assert names["view_module"] == "可以查看模块"
    actions = ("add", "change", "delete", "view")
    default = [name for codename, name in names.items() if codename.split("_")[0] in actions]
    assert [name for name in default if not name.startswith("可以")] == []
