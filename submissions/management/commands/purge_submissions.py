from portal.retention import PurgeCommand
from submissions.models import Submission


class Command(PurgeCommand):
    help = "删除保存期已满且已处理(已转为稿件或不采用)的投稿及其附件;待处理的不删除。可重复运行。"
    label = "投稿"

    def handled(self):
        return Submission.objects.exclude(status=Submission.Status.NEW)

    def forget(self, item):
        for attachment in item.attachments.all():
            attachment.file.delete(save=False)  # the file itself, kept in private storage
        item.delete()
