"""The range a 发布时间 may take."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

# No web page was published before; and year 1 breaks time-zone arithmetic.
EARLIEST = datetime(1900, 1, 1, tzinfo=ZoneInfo("Asia/Shanghai"))
# Clocks and time zones differ a little; a day ahead is a mistake.
AHEAD = timedelta(days=1)


def problem(when, go_live_at=None):
    """Why `when` cannot be an article's 发布时间, or None. Later than its go-live time (now,
    when it has none) by more than a day, an article would head every list until that day."""
    if when is None:
        return None
    if when < EARLIEST:
        return "发布时间不能早于 1900 年。"
    now = timezone.now()
    if when > max(now, go_live_at or now) + AHEAD:
        return "发布时间不能晚于上线时间一天以上(没有定时上线的,不能晚于现在一天以上):否则稿件会一直排在各列表最前。"
    return None
