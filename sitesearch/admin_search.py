"""The admin's search backend (WAGTAILSEARCH_BACKENDS): Wagtail's page search, its page and
snippet choosers, served by the portal's Chinese index instead of an index of Wagtail's own.

Wagtail's database backends match whole words their tokenizer found; Chinese has no spaces,
so 夜校 found nothing inside 钢城区职工夜校开课. Here a term matches a page when

- the portal's index finds it as typed in a live article (title, lead, body, tags,
  authors: the public search's first tier), or
- it is a substring of the title, or of the draft's title, of any page or snippet: how
  drafts, unpublished articles, channels and topics are found, none of which the index holds.

There is no second index to keep: adding and deleting objects is Wagtail's no-op `BaseIndex`.
Ordering by relevance puts the titles holding the whole query first, then the newest.
"""

from django.db.models import Case, IntegerField, Q, Value, When
from modelsearch.backends.database.fallback import DatabaseSearchBackend, DatabaseSearchQueryCompiler
from modelsearch.query import Phrase, PlainText

from news.models import Article

from .backends import get_backend
from .backends.base import Filters
from .models import SearchDocument
from .query import QueryError, parse

TITLE_FIELDS = ("draft_title",)  # beside the model's own search fields, when it has them


def indexed_article_ids(text):
    """Ids of the live articles the portal's index finds for `text`, up to its count cap."""
    try:
        query = parse(text)
    except QueryError:
        return []
    keys = get_backend().matches(query.pieces, Filters())
    return list(SearchDocument.objects.filter(key__in=keys).values_list("article_id", flat=True))


class NewsroomSearchQueryCompiler(DatabaseSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.holds_articles = issubclass(Article, self.queryset.model)
        if self.order_by_relevance:
            self.queryset = self.queryset.order_by(self._title_first(), "-pk")

    def get_fields_names(self):
        names = list(super().get_fields_names())
        field_names = {field.name for field in self.queryset.model._meta.get_fields()}
        return names + [name for name in TITLE_FIELDS if name in field_names and name not in names]

    def build_single_term_filter(self, term):
        found = super().build_single_term_filter(term)
        if self.holds_articles:
            found |= Q(pk__in=indexed_article_ids(term))
        return found

    def build_database_filter(self, query, boost=1.0):
        found = super().build_database_filter(query, boost)
        if self.holds_articles and isinstance(query, Phrase):
            found |= Q(pk__in=indexed_article_ids(f"“{query.query_string}”"))
        return found

    def _title_first(self):
        """1 for objects whose title (or name) holds the whole query as typed, else 0."""
        text = self.query.query_string.strip() if isinstance(self.query, PlainText) else ""
        if not text or not self.fields_names:
            return Value(0).desc()
        holds = Q()
        for name in self.fields_names:
            holds |= Q(**{f"{name}__icontains": text})
        return Case(When(holds, then=Value(1)), default=Value(0), output_field=IntegerField()).desc()


class NewsroomSearchBackend(DatabaseSearchBackend):
    query_compiler_class = NewsroomSearchQueryCompiler
    autocomplete_query_compiler_class = NewsroomSearchQueryCompiler


SearchBackend = NewsroomSearchBackend
