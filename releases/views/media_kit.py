from django.http import Http404
from django.views.decorators.http import require_safe

from media.views import media_kit_response
from releases.models import Release
from releases.views.release import unpublished_response


@require_safe
def media_kit(request, slug):
    """The release's pictures in one ZIP, with their credits."""
    release = (
        Release.objects.reachable()
        .with_slug(slug)
        .select_related("hero_image")
        .prefetch_related("gallery__image")
        .first()
    )
    if release is None:
        return unpublished_response(request, slug)
    pictures = release.pictures()
    if not pictures:
        raise Http404
    return media_kit_response(
        request,
        pictures=pictures,
        filename=f"{slug}_media-kit.zip",
        title=release.for_reader()["title"],
        url=request.build_absolute_uri(release.get_absolute_url()),
    )
