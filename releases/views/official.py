from django.core.paginator import InvalidPage, Paginator
from django.db.models import F, Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.http import require_safe

from contacts.jsonld import person_jsonld
from contacts.models import officials_with_a_page
from events.models import Event, Speaker
from newsroom.core.jsonld import jsonld_script
from newsroom.core.old_slugs import formerly
from newsroom.core.pages import fragment, public_page
from releases.models import Mention
from releases.views.release import CountedPaginator

PER_PAGE = 20


@require_safe
@public_page
def official_detail(request, slug):
    """Who they are, the public releases that name them, where they spoke.

    An official appears once something public names them: someone named
    only in a draft or an embargoed release (a minister not yet appointed)
    gets the same 404 as a slug that does not exist. The releases come 20 a
    page, newest first: a director general is named in thousands.
    """
    official = (
        officials_with_a_page()
        .select_related("organisation__parent", "portrait")
        .prefetch_related(
            Prefetch(
                "speaking",
                Speaker.objects.filter(event__in=Event.objects.public())
                .select_related("event")
                .order_by("-event__starts_at"),
                to_attr="public_talks",
            ),
        )
        .filter(slug=slug)
        .first()
    )
    if official is None:
        # The page from before their slug changed: the current one.
        if (moved := formerly(officials_with_a_page(), slug)) is None:
            raise Http404
        return redirect(moved.get_absolute_url(), permanent=True)
    mentions = (
        Mention.objects.in_public_releases()
        .filter(official=official)
        .select_related("release")
        .order_by("-release__publish_at", "-release__pk")
    )
    # Counting them reads each one (thousands for a director general): done
    # once a generation of the content (newsroom/pages.py).
    total = fragment("official-mentions", (official.pk,), mentions.count)
    try:
        page = CountedPaginator(mentions, PER_PAGE, total).page(
            request.GET.get("page") or 1
        )
    except InvalidPage as error:
        raise Http404(str(error)) from error
    return render(
        request,
        "contacts/official_detail.html",
        {
            "official": official,
            "page_obj": page,
            "mentions": page.object_list,
            "talks": official.public_talks,
            "jsonld": jsonld_script(person_jsonld(request, official)),
        },
    )


INDEX_PER_PAGE = 100


@require_safe
@public_page
def official_index(request):
    """Everyone with a page, grouped by organisation (by its name in the
    reader's language), then by name; a hundred a page."""
    language = translation.get_language()
    officials = (
        officials_with_a_page()
        .select_related("organisation")
        .order_by(
            F(f"organisation__name_{language}").asc(nulls_last=True),
            "organisation_id",
            "name_key",
            "pk",
        )
    )
    try:
        page = Paginator(officials, INDEX_PER_PAGE).page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    groups = []
    for official in page.object_list:
        if not groups or groups[-1][0] != official.organisation:
            groups.append((official.organisation, []))
        groups[-1][1].append(official)
    items = [
        {
            "@type": "ListItem",
            "position": page.start_index() + n,
            "url": request.build_absolute_uri(official.get_absolute_url()),
            "name": official.full_name,
        }
        for n, official in enumerate(page.object_list)
    ]
    return render(
        request,
        "contacts/official_index.html",
        {
            "page_obj": page,
            "groups": groups,
            "jsonld": jsonld_script(
                {
                    "@context": "https://schema.org",
                    "@type": "ItemList",
                    "numberOfItems": page.paginator.count,
                    "itemListElement": items,
                }
            ),
        },
    )
