from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from contacts.jsonld import person_jsonld
from newsroom.jsonld import jsonld_script
from newsroom.pages import public_page
from releases.models import Event, Mention, Release, Speaker, officials_with_a_page


@require_safe
@public_page
def official_detail(request, slug):
    """Who they are, the public releases that name them, where they spoke.

    An official appears once something public names them: someone named
    only in a draft or an embargoed release (a minister not yet appointed)
    gets the same 404 as a slug that does not exist.
    """
    official = get_object_or_404(
        officials_with_a_page()
        .select_related("organisation__parent", "portrait")
        .prefetch_related(
            Prefetch(
                "mentions",
                Mention.objects.filter(
                    confirmed=True, release__in=Release.objects.public()
                )
                .select_related("release")
                .order_by("-release__publish_at", "-release__pk"),
                to_attr="public_mentions",
            ),
            Prefetch(
                "speaking",
                Speaker.objects.filter(event__in=Event.objects.public())
                .select_related("event")
                .order_by("-event__starts_at"),
                to_attr="public_talks",
            ),
        ),
        slug=slug,
    )
    return render(
        request,
        "contacts/official_detail.html",
        {
            "official": official,
            "mentions": official.public_mentions,
            "talks": official.public_talks,
            "jsonld": jsonld_script(person_jsonld(request, official)),
        },
    )
