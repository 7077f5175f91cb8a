"""A release opened through a preview link, by someone without an account."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from audit.trail import client_address
from releases.models import Release
from releases.views.release import alternates, media_kit_summary, with_links
from reviews.forms import ReviewerRemarkForm
from reviews.models import Opening, PreviewLink


@require_http_methods(["GET", "HEAD", "POST"])
def preview(request, token):
    """The release as it is now, with a banner; each opening recorded.

    The link alone says which release: an expired, revoked, tampered or
    guessed one is the same 404 as an address that never existed, saying
    nothing of the release.
    """
    link = PreviewLink.opened_by(token)
    if link is None:
        raise Http404
    release = with_links(Release.objects.filter(pk=link.release_id)).first()
    if release is None:
        raise Http404
    if Release.objects.public().filter(pk=release.pk).exists():
        # Published since: the reviewer reads what everyone reads.
        return redirect(release.get_absolute_url())
    language = translation.get_language()
    if not release.is_available_in(language):
        fallback = release.fallback_language()
        if fallback is None:
            raise Http404
        return redirect(link.url_in(fallback))
    form = None
    if link.allows_remarks:
        form = ReviewerRemarkForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            remark = form.save(commit=False)
            remark.release, remark.link = release, link
            remark.save()
            messages.success(request, _("Thank you: your remark has been sent."))
            return redirect(request.path)
    elif request.method == "POST":
        raise Http404
    if request.method != "POST":
        Opening.objects.create(
            link=link,
            address=client_address(request),
            user_agent=request.headers.get("User-Agent", "")[:300],
        )
    response = render(
        request,
        "releases/release_detail.html",
        {
            "release": release,
            "media_kit": media_kit_summary(release),
            "review_link": link,
            # As a staff preview: noindex, no address to share, no PDF.
            "preview": True,
            "remark_form": form,
            # The other languages through the same link.
            "alternates": alternates(
                request, release, lambda _release, code: link.url_in(code)
            ),
        },
        status=400 if form is not None and form.errors else 200,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The address is the key: never sent on to a site the page links to
    # ("no-referrer" would also make browsers send "Origin: null" with the
    # remark form, which CSRF protection refuses).
    response["Referrer-Policy"] = "same-origin"
    return response
