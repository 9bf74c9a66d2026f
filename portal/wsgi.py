import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
application = get_wsgi_application()

from news.scheduling import start_scheduler  # noqa: E402 - needs the apps that the line above loads

# 定时发布 with no cron: runserver (`make run`) and a single-process server load this module.
scheduler = start_scheduler()
