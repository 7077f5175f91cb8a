from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from releases.forms import ReleaseFilterForm
from releases.models import OldSlug, Release

PER_PAGE = 20


def public_releases():
    """The releases readers may see in the current language, newest first."""
    return (
        Release.objects.public()
        .available_in(translation.get_language())
        .latest()
        .prefetch_related("themes")
    )


def alternates(request, release):
    """The release's address in each language it is available in."""
    return [
        {
            "code": code,
            "url": request.build_absolute_uri(release.url_in(code)),
        }
        for code in release.languages()
    ]


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
    query = request.GET.copy()
    query.pop("page", None)
    canonical = QueryDict(mutable=True)
    if form.is_bound and form.is_valid():
        canonical.update(form.active())
    if page.number > 1:
        canonical["page"] = page.number
    context = {
        "canonical_url": request.build_absolute_uri(
            f"{request.path}?{canonical.urlencode()}" if canonical else request.path
        ),
        "form": form,
        "page_obj": page,
        "releases": page.object_list,
        "query_string": query.urlencode(),
    }
    return render(request, "releases/release_list.html", context, status=status)


@require_safe
def release_detail(request, slug):
    language = translation.get_language()
    release = (
        Release.objects.reachable().with_slug(slug).prefetch_related("themes").first()
    )
    if release is None:
        # An address the release had before its slug changed: send readers on.
        old = OldSlug.objects.filter(
            slug=slug, release__in=Release.objects.reachable()
        ).select_related("release")
        if (old := old.first()) is None:
            raise Http404
        release = old.release
        target = language if release.is_available_in(language) else None
        target = target or release.fallback_language()
        if target is None:
            raise Http404
        return redirect(release.url_in(target), permanent=True)
    if not release.is_available_in(language):
        fallback = release.fallback_language()
        if fallback is None:
            raise Http404
        return redirect(release.url_in(fallback))
    if slug != getattr(release, f"slug_{language}"):
        # An address in another language's slug: send readers to this one's.
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
        },
    )


def release_preview(request, pk):
    """Any release as it will look, for staff only, never cached.

    Anyone else gets the same 404 whether the release exists or not.
    """
    user = request.user
    if not (
        user.is_active and user.is_staff and user.has_perm("releases.view_release")
    ):
        raise Http404
    release = get_object_or_404(Release.objects.prefetch_related("themes"), pk=pk)
    language = translation.get_language()
    available = release.languages()
    if available and language not in available:
        with translation.override(release.fallback_language()):
            return redirect("releases:preview", pk=release.pk)
    previews = []
    for code in available:
        with translation.override(code):
            url = reverse("releases:preview", kwargs={"pk": release.pk})
        previews.append({"code": code, "url": request.build_absolute_uri(url)})
    response = render(
        request,
        "releases/release_detail.html",
        {"release": release, "preview": True, "alternates": previews},
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
