from django.urls import register_converter


class SlugConverter:
    """A slug in any script (Arabic ones included), and nothing else.

    Anything else never reaches the database, so a NUL byte or a stray
    character is a plain 404.
    """

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SlugConverter, "uslug")
