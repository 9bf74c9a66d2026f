from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from accounts.reports import NamedAgingPagesView
from pictures.views import original as original_picture
from review.admin_views import ReviewActionView, RoleAddSubpageView

from . import views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's "add a page here", offering only the page types the user's role may create.
    path("admin/pages/<row_id:parent_page_id>/add_subpage/", require_admin_access(RoleAddSubpageView.as_view())),
    # Wagtail's review action (三审), with a message saying what was done and who was told.
    path(
        "admin/pages/workflow/action/<row_id:page_id>/<slug:action_name>/<row_id:task_state_id>/",
        require_admin_access(ReviewActionView.as_view()),
    ),
    # 较早页面: people by name, not by login.
    path("admin/reports/aging-pages/", require_admin_access(NamedAgingPagesView.as_view())),
    path("admin/reports/aging-pages/results/", require_admin_access(NamedAgingPagesView.as_view(results_only=True))),
    path("admin/pictures/original/<path:path>", original_picture, name="picture_original"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("calendar/", include("archive.urls")),
    # After the calendar's URLs, which register the date converter.
    path("sidebar/", views.sidebar, name="sidebar"),
    path("sidebar/<calendar_day:day>/", views.sidebar, name="sidebar_day"),
    path("ranking/", include("ranking.urls")),
    path("search/", include("sitesearch.urls")),
    path("api/", include("api.urls")),
    path("jubao/", include("complaints.urls")),
    path("tougao/", include("submissions.urls")),
    path("captcha/", include("captcha.urls")),
    path("", include("syndication.urls")),
]

if settings.SERVE_MEDIA:
    # Originals are not media for readers (pictures.storage): only their checked view.
    urlpatterns.append(
        re_path(r"^media/(?!original_images/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns.append(path("", include(wagtail_urls)))
