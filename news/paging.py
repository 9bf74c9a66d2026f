"""One paginator for every public list: a page past the end is a 404, not page 1."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, queryset, per_page, count=None):
    """The requested page of `queryset`; `count`, when known, saves counting the rows."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404("没有这一页") from exc
