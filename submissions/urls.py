from django.urls import path

from . import views

app_name = "submissions"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("shoudao/", views.received, name="received"),
]
