from django.urls import path

from . import views
from .feeds import ChannelFeed, SiteFeed

app_name = "syndication"

urlpatterns = [
    path("rss.xml", SiteFeed.as_view(), name="site_feed"),
    path("rss/<row_id:channel_id>.xml", ChannelFeed.as_view(), name="channel_feed"),
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("news-sitemap.xml", views.news_sitemap, name="news_sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
