"""Warm pages answered before Django (portal.wsgi), with the headers Django gave them."""

from io import BytesIO

from delivery.wsgi import serve_stored


def untouched(environ, start_response):
    start_response("599 Not Stored", [])
    return [b"django"]


application = serve_stored(untouched)


def call(path, query="", **headers):
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": BytesIO(b""),
        **headers,
    }
    answered = {}
    body = b"".join(application(environ, lambda status, headers: answered.update(status=status, headers=headers)))
    return answered["status"], dict(answered["headers"]), body


def test_a_warm_page_is_answered_as_django_answered_it(client, channel):
    client.get(channel.url)
    django = client.get(channel.url)
    status, headers, body = call(channel.url)
    assert status == "200 OK" and body == django.content
    assert headers["ETag"] == django["ETag"] and headers["X-Content-Type-Options"] == "nosniff"
    assert call(channel.url, HTTP_IF_NONE_MATCH=django["ETag"])[0] == "304 Not Modified"
    assert headers["Last-Modified"] == django["Last-Modified"]
    assert call(channel.url, HTTP_IF_MODIFIED_SINCE=django["Last-Modified"])[0] == "304 Not Modified"
    assert call(channel.url, HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2018 00:00:00 GMT")[0] == "200 OK"


def test_cold_and_unusual_addresses_go_to_django(client, channel):
    assert call(channel.url)[0] == "599 Not Stored"
    client.get(channel.url)
    assert call(channel.url, query="page=1%20")[0] == "599 Not Stored"
    assert call("/%E5%B7%A5/")[0] == "599 Not Stored"
