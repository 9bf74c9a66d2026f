"""The authors of bylines, one row per person however many pages name them."""

from people.models import Author


class Authors:
    """Name → Author, read and made in bulk for each batch of stories."""

    def __init__(self):
        self.known: dict[str, Author] = {}

    def load(self, names):
        wanted = set(names) - self.known.keys()
        if not wanted:
            return
        Author.objects.bulk_create([Author(name=name) for name in wanted], ignore_conflicts=True)
        self.known.update((a.name, a) for a in Author.objects.filter(name__in=wanted))

    def __getitem__(self, name):
        return self.known[name]
