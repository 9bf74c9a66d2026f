"""Serve the portal's public pages in traditional characters under the mirror's prefix or
host (see addresses.py), converted once per cached copy.

It sits right below delivery's middleware: that one files the mirror's response under the
mirror's own address, with the tags its rendering declared, which are the original's. So
the mirror's copy is cached like any page, and every purge that reaches the original
reaches it too; readers of a cached copy cost no conversion."""

from django.core.handlers.exception import response_for_exception
from django.http import Http404

from . import addresses
from .convert import convert_response


class MirrorMiddleware:
    def __init__(self, get_response):
        addresses.check_settings()
        self.get_response = get_response

    def __call__(self, request):
        if not addresses.unmirror(request):
            return self.get_response(request)
        section = addresses.section(request.path_info)
        if section == "admin" or (section == "as-is" and addresses.prefix()):
            response = response_for_exception(request, Http404("不在繁体版中"))
        else:
            response = self.get_response(request)
            if section == "as-is":  # a static file or a picture on the mirror's host
                return response
        convert_response(response, request.get_host())
        return response
