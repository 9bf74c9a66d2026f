"""Wagtail's `publish_scheduled`, doing news' pass (news.scheduling) so that cron and the
embedded scheduler do the same: safe when runs overlap, and an expired article's own save
runs (the search index follows). --dryrun still lists what is due, as Wagtail does."""

from wagtail.management.commands import publish_scheduled

from news.scheduling import run_schedule


class Command(publish_scheduled.Command):
    help = "定时发布:发布到上线时间的修订,撤下到下线时间的页面"

    def handle(self, *args, **options):
        if options["dryrun"]:
            return super().handle(*args, **options)
        self.stdout.write(str(run_schedule()))
