"""The index's contract, on both engines: what was recorded under a tag is taken once, and
a rendering that began before its tag was purged is refused."""

import time

import pytest

from delivery.index import MemoryIndex, RedisIndex


@pytest.fixture(params=["memory", "redis"])
def index(request):
    if request.param == "memory":
        return MemoryIndex()
    found = RedisIndex(request.getfixturevalue("redis_url"))
    found.clear()
    return found


def test_a_tag_gives_every_address_that_showed_it_once(index):
    started = time.time()
    assert index.record("http://a/1", {"a:1", "list:5"}, 60, started)
    assert index.record("http://a/2", {"a:2", "list:5"}, 60, started)
    assert index.take({"list:5"}) == {"http://a/1", "http://a/2"}
    assert index.take({"list:5"}) == set()
    assert index.take({"a:1", "a:2"}) == {"http://a/1", "http://a/2"}  # other tags still name them


def test_a_rendering_older_than_a_purge_of_its_tags_is_refused(index):
    started = time.time()
    index.take({"a:1"})
    assert not index.record("http://a/1", {"a:1", "site"}, 60, started)
    assert index.take({"site"}) == set()
    assert index.record("http://a/1", {"a:1"}, 60, time.time() + 0.001)


def test_no_tags_and_unknown_tags_give_nothing(index):
    assert index.take(set()) == set()
    assert index.take({"list:404"}) == set()


def test_addresses_of_any_form_come_back_unchanged(index):
    key = "https://例子.cn/gonghui/?page=2&q=%E5%B7%A5%E4%BC%9A&x=\u0001"
    assert index.record(key, {"list:5"}, 60, time.time())
    assert index.take({"list:5"}) == {key}


def test_the_memory_index_forgets_copies_that_ended():
    index = MemoryIndex()
    for n in range(3000):
        index.record(f"http://a/{n}", {f"a:{n}", "site"}, -1, time.time())
    assert len(index._expires) < 3000
