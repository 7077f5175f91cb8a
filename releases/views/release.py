import logging

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.encoding import uri_to_iri
from django.utils.http import content_disposition_header, urlencode
from django.views.decorators.http import require_safe

from contacts.jsonld import contact_point_jsonld
from media.jsonld import image_jsonld
from media.models import GalleryImage
from newsroom.core import pdf
from newsroom.core.jsonld import jsonld_script
from newsroom.core.pages import fragment, keep, kept, public_page
from releases import page_parts, search
from releases.cards import listed
from releases.facets import facets
from releases.forms import ReleaseFilterForm
from releases.jsonld import news_article_jsonld
from releases.models import Mention, OldSlug, Release, ReleaseContact

PER_PAGE = 20
logger = logging.getLogger(__name__)


def public_releases():
    """The releases readers may see in the current language, newest first,
    with their main picture."""
    return (
        Release.objects.public()
        .available_in(translation.get_language())
        .latest()
        .select_related("hero_image")
    )


def alternates(request, release, url_in=Release.url_in):
    """The release's address (``url_in``) in each language it is available in."""
    return [
        {"code": code, "url": request.build_absolute_uri(url_in(release, code))}
        for code in release.languages()
    ]


def with_links(releases, *, preview=False):
    """What a release's page shows beside its text, in a fixed number of
    queries. A preview shows the mentions an import proposed too, marked."""
    return releases.select_related("event", "hero_image").prefetch_related(
        *links(preview=preview)
    )


def links(*, preview=False):
    """What ``with_links`` prefetches beside the release's event and main
    picture (which it joins)."""
    mentions = Mention.objects.all() if preview else Mention.objects.confirmed()
    return [
        "themes",
        Prefetch("gallery", GalleryImage.objects.select_related("image")),
        "attachments",
        Prefetch("mentions", mentions.select_related("official__organisation")),
        Prefetch(
            "release_contacts",
            # Whoever has left the office is not someone to call.
            ReleaseContact.objects.filter(contact__active=True).select_related(
                "contact__office__parent"
            ),
            to_attr="contacts_to_call",
        ),
    ]


@require_safe
@public_page
def release_list(request):
    """The releases, searched and filtered; facets say what each filter gives."""
    # Always bound: no parameters is a valid search for everything.
    form = ReleaseFilterForm(request.GET)
    language = translation.get_language()
    status = 200
    if not form.is_valid():
        status = 400
        found = Release.objects.none()
    elif form.query:
        # A match is in a language the release is available in.
        found = form.search(Release.objects.public())
    else:
        found = Release.objects.public().available_in(language)
    # Only the valid filters carry over, to the page links and the canonical
    # address alike; stray parameters (utm_source…) are left behind.
    filters = QueryDict(mutable=True)
    if status == 200:
        filters.update(form.active())
    feed_query = urlencode(form.followed()) if status == 200 else ""
    if status == 200:
        # Kept for the generation, for every page of these results.
        aside, total = fragment(
            "facets-aside",
            (language, sorted(form.active().items())),
            lambda: facets_aside(request, form, found, filters, feed_query),
        )
    else:
        aside, total = facets_aside(request, form, None, filters, feed_query)
    releases = form.filter(found) if status == 200 else found
    # Ranked when there are few enough matches to rank; newest first else.
    ranked = bool(form.query) and total <= search.RANKED_AT_MOST
    if not ranked:
        releases = releases.order_by("-publish_at", "-pk")
    paginator = CountedPaginator(releases, PER_PAGE, total)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    canonical = filters.copy()
    if page.number > 1:
        canonical["page"] = page.number
    cards = listed(
        page.object_list,
        ("releases", language, status, sorted(form.active().items()), page.number),
        form.query,
    )
    context = {
        "canonical_url": request.build_absolute_uri(
            f"{request.path}?{canonical.urlencode()}" if canonical else request.path
        ),
        "form": form,
        "page_obj": page,
        "cards": cards,
        "query_string": filters.urlencode(),
        "facets_aside": aside,
        "ranked": ranked,
        "feed_query": feed_query,
    }
    return render(request, "releases/release_list.html", context, status=status)


def facets_aside(request, form, found, filters, feed_query):
    """``(html, total)``: the list's side, with the facets of ``found``
    (none for invalid filters), and the number of results."""
    facet_list, total = facets(form, found) if found is not None else ([], 0)
    html = render_to_string(
        "releases/includes/facets.html",
        {
            "facets": facet_links(facet_list, filters),
            "query_string": filters.urlencode(),
            "feed_query": feed_query,
        },
        request=request,
    )
    return html, total


class CountedPaginator(Paginator):
    """A paginator told the number of results (the facets' query counted
    them), so it does not count them again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count


def facet_links(result, filters):
    """The facets, each value with the address that applies it (or, when it
    is applied, removes it), keeping the query and the other filters."""
    for facet in result:
        for value in [*facet["values"], *facet.get("more", ())]:
            link = filters.copy()
            link.pop("page", None)
            if value["active"]:
                link.pop(facet["name"], None)
            else:
                link[facet["name"]] = value["value"]
            value["query_string"] = link.urlencode()
    return result


@require_safe
@public_page
def release_detail(request, slug):
    found = page_context(request, slug, Release.url_in)
    if not isinstance(found, dict):
        return found
    return render(request, "releases/release_detail.html", found)


@require_safe
@public_page
def release_pdf(request, slug):
    """The release's page as a PDF, laid out for print (A4): the same page,
    so the PDF holds nothing the page does not. Made once per version of
    the content, then served from the page cache like the page."""
    if request.GET:
        # Every address of a PDF would be made afresh: one address each.
        return redirect(request.path, permanent=True)
    found = page_context(request, slug, Release.pdf_url_in)
    if not isinstance(found, dict):
        return found
    html = render_to_string(
        "releases/release_detail.html", {**found, "pdf": True}, request=request
    )
    try:
        document = pdf.html_to_pdf(html, base_url=request.build_absolute_uri("/"))
    except pdf.Unavailable:
        logger.exception("No PDF of %s", request.path)
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "3600"
        return response
    response = HttpResponse(document, content_type="application/pdf")
    language = translation.get_language()
    filename = f"{getattr(found['release'], f'slug_{language}')}.pdf"
    response["Content-Disposition"] = content_disposition_header(False, filename)
    return response


def release_in_language(request, slug, url_in, *, whole=True):
    """The reachable release at ``slug`` when it is in the reader's language
    at its current address, with what its page shows unless not ``whole``;
    else the response that sends the reader to it (``url_in``: the page's or
    the PDF's), says it is gone, or raises 404."""
    language = translation.get_language()
    # A slug is one release's: no order to compile.
    found = Release.objects.reachable().with_slug(slug).order_by()
    release = next(iter(with_links(found) if whole else found), None)
    # An address the release had before its slug changed sends readers on, for ever.
    moved = release is None
    if moved:
        old = OldSlug.objects.filter(slug=slug, release__in=Release.objects.reachable())
        if (old := old.select_related("release").first()) is None:
            return unpublished_response(request, slug, url_in)
        release = old.release
    target = (
        language if release.is_available_in(language) else release.fallback_language()
    )
    if target is None:
        raise Http404
    if target != language:
        # Not in the reader's language (yet: a translation may come).
        return redirect(url_in(release, target), permanent=moved)
    if moved or slug != getattr(release, f"slug_{language}"):
        # An old slug, or another language's: send readers to this one's.
        return redirect(url_in(release, language), permanent=True)
    return release


def page_context(request, slug, url_in):
    """What the public page of the release at ``slug`` shows, or the
    response that sends the reader elsewhere (``release_in_language``).

    The release's part of the page, all but the site's frame, is made once
    per generation of the content, address and host (``article``). A page
    made afresh (another address of it, a signed-in reader, the PDF) reads
    the release alone, with no join, and assembles the rest; when nothing is
    kept, it reads the release whole, as many queries as with no fragment.
    """
    parts = (slug, translation.get_language(), request.scheme, request.get_host())
    made = kept("release-article", parts)
    release = release_in_language(request, slug, url_in, whole=made is None)
    if not isinstance(release, Release):
        return release
    in_languages = alternates(request, release)
    if made is None or made["pk"] != release.pk:
        made = keep("release-article", parts, article(request, release, in_languages))
    return {
        "release": release,
        "alternates": in_languages,
        "default_url": request.build_absolute_uri(
            release.url_in(release.fallback_language())
        ),
        "article": made,
        "jsonld": made["jsonld"],
    }


def article(request, release, in_languages):
    """The release's article, the head's description of it and its JSON-LD,
    made from the release and all it links to (``in_languages``: its
    addresses in the languages it is in, for the shared links' locales).
    What was read with it is not read again."""
    prefetch_related_objects([release], "event", "hero_image", *links())
    if release.changed_at:
        # Only a release with a major change has notes to read.
        prefetch_related_objects([release], "change_notes")
    language = translation.get_language()
    address = request.build_absolute_uri(release.url_in(language))
    context = {
        **page_parts.for_page(release, language),
        "release": release,
        "alternates": in_languages,
        # Printed at its foot, in the reader's script (an IRI).
        "page_address": (address, uri_to_iri(address)),
        "media_kit": media_kit_summary(release),
        "share_image": share_image(request, release.hero_image),
    }
    return {
        "pk": release.pk,
        "meta": render_to_string(
            "releases/includes/release_meta.html", context, request=request
        ),
        "html": render_to_string(
            "releases/includes/release_article.html", context, request=request
        ),
        "jsonld": jsonld_script(
            [
                news_article_jsonld(
                    request,
                    release,
                    images=[
                        image_jsonld(request, release.hero_image, name)
                        for name in ("w1600-jpeg", "og")
                        if release.hero_image
                    ],
                ),
                *contact_points(request, release),
            ]
        ),
    }


def unpublished_release(slug):
    """The unpublished release with ``slug``, now or as an old address."""
    found = Release.objects.unpublished()
    release = found.with_slug(slug).first()
    if release is None:
        old = OldSlug.objects.filter(slug=slug, release__in=found)
        old = old.select_related("release").first()
        release = old and old.release
    return release


def unpublished_response(request, slug, url_in=Release.url_in):
    """For an address no reachable release has: 410 Gone for a release
    unpublished for good, a permanent redirect to the release it duplicated
    or that replaced it (while that one is public), else 404."""
    release = unpublished_release(slug)
    if release is None:
        raise Http404
    target = None
    if release.sends_readers_on and release.replaced_by_id:
        target = Release.objects.public().filter(pk=release.replaced_by_id).first()
    if target is None:
        return render(request, "410.html", status=410)
    language = translation.get_language()
    if not target.is_available_in(language):
        language = target.fallback_language()
    return redirect(url_in(target, language), permanent=True)


def media_kit_summary(release):
    """How many pictures the media kit holds and how big it is."""
    pictures = release.pictures()
    return {
        "count": len(pictures),
        "bytes": sum(picture.file_size for picture in pictures),
    }


def share_image(request, picture):
    """The picture a shared link shows: 1200 × 630, cropped around its
    focal point."""
    if picture is None:
        return None
    made = picture.rendition("og")
    return {
        "url": request.build_absolute_uri(made.url),
        "width": made.width,
        "height": made.height,
        "alt": picture.alt_for_reader()[1],
    }


def contact_points(request, release):
    """The release's press contacts as schema.org ContactPoints."""
    return [
        contact_point_jsonld(request, link.contact) for link in release.contacts_to_call
    ]


def release_preview(request, pk):
    """Any release as it will look, for staff only, never cached.

    Anyone else gets the same 404 whether the release exists or not.
    """
    user = request.user
    if not (
        user.is_active and user.is_staff and user.has_perm("releases.view_release")
    ):
        raise Http404
    release = get_object_or_404(with_links(Release.objects.all(), preview=True), pk=pk)
    language = translation.get_language()
    available = release.languages()
    if available and language not in available:
        return redirect(release.preview_url_in(release.fallback_language()))
    response = render(
        request,
        "releases/release_detail.html",
        {
            "release": release,
            "media_kit": media_kit_summary(release),
            "preview": True,
            "alternates": alternates(request, release, Release.preview_url_in),
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
