from collections.abc import Sequence

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.shortcuts import render

from .forms import SearchForm
from .services import QueryError, search

PER_PAGE = 20


class _FoundPage(Sequence):
    """One page of hits standing in for the whole result list, so Django's Paginator can
    number pages from the total that the search already counted."""

    def __init__(self, hits, total):
        self.hits, self.total = hits, total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        return self.hits


def _page_number(request):
    try:
        return max(1, int(request.GET.get("page", 1)))
    except ValueError:
        raise Http404("没有这一页") from None


def _page_query(request):
    """The query string of this search without its page number, for the pager's links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode() + "&" if query else ""


def _parts_query(request):
    """This search with the words apart (the suggestion when nothing is found as typed)."""
    query = request.GET.copy()
    query.pop("page", None)
    query["parts"] = "1"
    return query.urlencode()


def search_page(request):
    form = SearchForm(request.GET)
    context = {"form": form, "page_query": _page_query(request)}
    if not form.is_valid():
        return render(request, "sitesearch/results.html", context, status=400)
    data = form.cleaned_data
    if not data["q"]:
        return render(request, "sitesearch/results.html", context)
    number = _page_number(request)
    try:
        results = search(
            data["q"],
            channel=data["channel"],
            start=data["start"],
            end=data["end"],
            order=data["order"] or "relevance",
            offset=(number - 1) * PER_PAGE,
            limit=PER_PAGE,
            parts=data["parts"],
        )
    except QueryError as error:
        form.add_error("q", str(error))
        return render(request, "sitesearch/results.html", context, status=400)
    try:
        context["page_obj"] = Paginator(_FoundPage(results.hits, results.reachable), PER_PAGE).page(number)
    except EmptyPage:
        raise Http404("没有这一页") from None
    context.update(results=results, searched=True, parts_query=_parts_query(request))
    return render(request, "sitesearch/results.html", context)
