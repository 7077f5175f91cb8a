from django import template

from wastebin.models import BIN_DAYS

register = template.Library()


@register.simple_tag
def bin_days():
    """How many days deleted items wait in the bin."""
    return BIN_DAYS
