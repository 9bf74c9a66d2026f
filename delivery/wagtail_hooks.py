"""Every public page of the tree is cached, unless it is for some readers only."""

from wagtail import hooks

from .tags import TAGGED_SECONDS, cache_response, shows


@hooks.register("before_serve_page")
def cache_public_pages(page, request, serve_args, serve_kwargs):
    if not page.get_view_restrictions().exists():
        shows(f"page:{page.pk}")
        cache_response(TAGGED_SECONDS)
