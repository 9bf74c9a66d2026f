from django.urls import path, register_converter

from . import views
from .converters import DayConverter, MonthConverter

app_name = "archive"

register_converter(DayConverter, "calendar_day")
register_converter(MonthConverter, "calendar_month")

urlpatterns = [
    path("", views.current_month, name="index"),
    path("<calendar_month:month>/", views.month_page, name="month"),
    path("<calendar_day:day>/", views.day_page, name="day"),
]
