from django.contrib.auth import get_user_model

from news.models import ArticleFolder


def test_write_button_files_the_new_article_in_this_months_folder(client, channel):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests")
    client.force_login(admin)
    listing = client.get(f"/admin/pages/{channel.get_parent().id}/")
    assert f"/admin/news/write/{channel.id}/" in listing.content.decode()

    response = client.get(f"/admin/news/write/{channel.id}/")
    folder = ArticleFolder.objects.child_of(channel).get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/add/news/article/{folder.id}/"
    assert client.get(response["Location"]).status_code == 200


def test_write_button_refuses_users_without_add_permission(client, channel):
    clerk = get_user_model().objects.create_user("clerk", "c@example.cn", "pw-for-tests")
    clerk.user_permissions.add(*_admin_access())
    client.force_login(clerk)
    response = client.get(f"/admin/news/write/{channel.id}/")
    # Wagtail turns a refusal into a redirect to the dashboard with an error message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not ArticleFolder.objects.child_of(channel).exists()


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")
