from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from contacts.models import Official
from newsroom.jsonld import drop_empty, jsonld_script
from releases.models import Event, Mention, Release, Speaker


@require_safe
def official_detail(request, slug):
    """Who they are, the public releases that name them, where they spoke."""
    official = get_object_or_404(
        Official.objects.select_related("organisation__parent").prefetch_related(
            Prefetch(
                "mentions",
                Mention.objects.filter(release__in=Release.objects.public())
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


def person_jsonld(request, official):
    organisation = official.organisation
    return drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": official.full_name,
            "honorificPrefix": official.honorific,
            "jobTitle": official.position,
            "worksFor": organisation_jsonld(organisation) if organisation else None,
            "image": request.build_absolute_uri(official.portrait.url)
            if official.portrait
            else None,
            "description": official.bio,
            "url": request.build_absolute_uri(official.get_absolute_url()),
        }
    )


def organisation_jsonld(organisation):
    return drop_empty(
        {
            "@type": "Organization",
            "name": organisation.name,
            "alternateName": organisation.acronym,
            "url": organisation.website,
        }
    )
