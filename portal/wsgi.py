import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
django_application = get_wsgi_application()

from delivery.wsgi import serve_stored  # noqa: E402
from news.scheduling import start_scheduler  # noqa: E402 - needs the apps that the line above loads
from ranking.beacon import fast_path  # noqa: E402

# Before Django's handling: warm pages of the in-process page store (`make run`), and the
# view beacon, the one request per reader that reaches the app behind a page cache.
application = fast_path(serve_stored(django_application))

# 定时发布 with no cron: runserver (`make run`) and a single-process server load this module.
scheduler = start_scheduler()
