from django.urls import path

from . import views

app_name = "complaints"
urlpatterns = [
    path("", views.report, name="report"),
    path("chaxun/", views.lookup, name="lookup"),
]
