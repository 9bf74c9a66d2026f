"""Every error of the API is JSON with a message in Chinese: {"message": ..., ...}."""

from django.http import Http404
from ninja.errors import HttpError, ValidationError

from .cursors import CursorError
from .schemas import ErrorOut, ValidationErrorOut

_ERROR_SCHEMAS = {400: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut}


def responses(ok_schema, *statuses):
    """The `response` of an operation: its 200 schema and the errors it may answer."""
    return {200: ok_schema, **{status: _ERROR_SCHEMAS[status] for status in statuses}}


def install(api):
    @api.exception_handler(HttpError)
    def http_error(request, error):
        return api.create_response(request, {"message": error.message}, status=error.status_code)

    @api.exception_handler(Http404)  # e.g. from get_object_or_404: the same shape as our own 404s
    def not_found(request, error):
        return api.create_response(request, {"message": "请求的内容不存在。"}, status=404)

    @api.exception_handler(CursorError)
    def bad_cursor(request, error):
        return api.create_response(request, {"message": str(error)}, status=400)

    @api.exception_handler(ValidationError)
    def invalid(request, error):
        fields = [_field_error(item) for item in error.errors]
        names = "、".join(dict.fromkeys(field["field"] for field in fields))
        return api.create_response(request, {"message": f"参数不正确:{names}", "errors": fields}, status=422)


def _field_error(item):
    return {"field": ".".join(str(part) for part in item["loc"]), "message": item["msg"]}
