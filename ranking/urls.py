from django.urls import path

from . import views

app_name = "ranking"

urlpatterns = [
    path("hit/<row_id:article_id>/", views.hit, name="hit"),
]
