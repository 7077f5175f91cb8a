"""What apps above releases add to a release's public page (and its PDF):
each registers, in its ``AppConfig.ready()``, a name and a function of the
release and the page's language; the page's template finds the result
under that name. One query each at most: the page is cached."""

PARTS = {}


def register(name, function):
    PARTS[name] = function


def for_page(release, language):
    return {name: function(release, language) for name, function in PARTS.items()}
