"""Django's Redis cache, with one client object per connection pool.

Django's backend makes a new ``redis.Redis`` for every command; redis-py 8
builds a table of some 170 response callbacks each time, which cost more
than the round trip to Redis itself (a third of a millisecond a cached page,
measured: docs/performance.md). A client is safe to share between threads,
and its pool notices a fork, so one per pool is kept.
"""

from django.core.cache.backends import redis


class ClientPerPool(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ClientPerPool
