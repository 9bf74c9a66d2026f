class CacheBackend:
    """A cache of whole responses that the portal can empty address by address."""

    # True for a store this process answers from itself (see middleware).
    serves_pages = False

    def purge(self, keys):
        """Forget the cached copies of these addresses (scheme://host/path?query)."""
        raise NotImplementedError
