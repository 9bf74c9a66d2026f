from complaints.models import Complaint
from portal.retention import PurgeCommand


class Command(PurgeCommand):
    help = "删除保存期已满且已办结(已处理或不予处理)的举报;处理中的不删除。可重复运行。"
    label = "举报"

    def handled(self):
        return Complaint.objects.filter(status__in=Complaint.FINAL)

    def forget(self, item):
        item.delete()
