from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.http import require_safe

from contacts.jsonld import contact_point_jsonld
from newsroom.jsonld import jsonld_script
from releases.forms import ReleaseFilterForm
from releases.models import Mention, OldSlug, Release, ReleaseContact

PER_PAGE = 20


def public_releases():
    """The releases readers may see in the current language, newest first."""
    return (
        Release.objects.public()
        .available_in(translation.get_language())
        .latest()
        .prefetch_related("themes")
    )


def alternates(request, release, url_in=Release.url_in):
    """The release's address (``url_in``) in each language it is available in."""
    return [
        {"code": code, "url": request.build_absolute_uri(url_in(release, code))}
        for code in release.languages()
    ]


def with_links(releases):
    """What a release's page shows beside its text, in a fixed number of queries."""
    return releases.select_related("event").prefetch_related(
        "themes",
        Prefetch(
            "mentions",
            Mention.objects.select_related("official__organisation"),
        ),
        Prefetch(
            "release_contacts",
            # Whoever has left the office is not someone to call.
            ReleaseContact.objects.filter(contact__active=True).select_related(
                "contact__office__parent"
            ),
            to_attr="contacts_to_call",
        ),
    )


@require_safe
def release_list(request):
    form = ReleaseFilterForm(request.GET or None)
    releases = public_releases()
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
        releases = releases.none()
    elif form.is_bound:
        releases = form.filter(releases)
    paginator = Paginator(releases, PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    # Only the valid filters carry over, to the page links and the canonical
    # address alike; stray parameters (utm_source…) are left behind.
    filters = QueryDict(mutable=True)
    if status == 200 and form.is_bound:
        filters.update(form.active())
    canonical = filters.copy()
    if page.number > 1:
        canonical["page"] = page.number
    context = {
        "canonical_url": request.build_absolute_uri(
            f"{request.path}?{canonical.urlencode()}" if canonical else request.path
        ),
        "form": form,
        "page_obj": page,
        "releases": page.object_list,
        "query_string": filters.urlencode(),
    }
    return render(request, "releases/release_list.html", context, status=status)


@require_safe
def release_detail(request, slug):
    language = translation.get_language()
    release = with_links(Release.objects.reachable().with_slug(slug)).first()
    # An address the release had before its slug changed sends readers on, for ever.
    moved = release is None
    if moved:
        old = OldSlug.objects.filter(slug=slug, release__in=Release.objects.reachable())
        if (old := old.select_related("release").first()) is None:
            raise Http404
        release = old.release
    target = (
        language if release.is_available_in(language) else release.fallback_language()
    )
    if target is None:
        raise Http404
    if target != language:
        # Not in the reader's language (yet: a translation may come).
        return redirect(release.url_in(target), permanent=moved)
    if moved or slug != getattr(release, f"slug_{language}"):
        # An old slug, or another language's: send readers to this one's.
        return redirect(release.url_in(language), permanent=True)
    return render(
        request,
        "releases/release_detail.html",
        {
            "release": release,
            "alternates": alternates(request, release),
            "default_url": request.build_absolute_uri(
                release.url_in(release.fallback_language())
            ),
            "jsonld": contact_points(request, release),
        },
    )


def contact_points(request, release):
    """The release's press contacts as schema.org ContactPoints, if it has any."""
    points = [
        contact_point_jsonld(request, link.contact) for link in release.contacts_to_call
    ]
    return jsonld_script(points) if points else ""


def release_preview(request, pk):
    """Any release as it will look, for staff only, never cached.

    Anyone else gets the same 404 whether the release exists or not.
    """
    user = request.user
    if not (
        user.is_active and user.is_staff and user.has_perm("releases.view_release")
    ):
        raise Http404
    release = get_object_or_404(with_links(Release.objects.all()), pk=pk)
    language = translation.get_language()
    available = release.languages()
    if available and language not in available:
        return redirect(release.preview_url_in(release.fallback_language()))
    response = render(
        request,
        "releases/release_detail.html",
        {
            "release": release,
            "preview": True,
            "alternates": alternates(request, release, Release.preview_url_in),
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
