from django.urls import path
from django.views.decorators.cache import cache_page

from . import views
from .feeds import ChannelFeed, SiteFeed

app_name = "syndication"

# Aggregators poll feeds every few minutes; one build serves them all for a while.
FEED_CACHE_SECONDS = 5 * 60

urlpatterns = [
    path("rss.xml", cache_page(FEED_CACHE_SECONDS)(SiteFeed.as_view()), name="site_feed"),
    path("rss/<int:channel_id>.xml", cache_page(FEED_CACHE_SECONDS)(ChannelFeed.as_view()), name="channel_feed"),
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("news-sitemap.xml", views.news_sitemap, name="news_sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
