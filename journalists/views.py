"""The journalists' side: apply, sign in, read embargoed releases.

An embargoed release's page answers 404 to anyone but an accredited
journalist — the same 404 whether it exists or not — and to them it is never
cached, never indexed, and marked on every page with the embargo's end.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from audit.trail import client_address
from journalists.access import accreditation_of
from journalists.forms import ApplyForm
from journalists.models import Accreditation, Opening
from journalists.sending import embargo_notice
from media.models import Attachment
from releases.models import Release
from releases.views.release import media_kit_summary, with_links

APPLICATIONS_PER_HOUR = 5


def private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request):
    form = ApplyForm(request.POST or None)
    if request.method == "POST":
        address = client_address(request)
        recent = Accreditation.objects.filter(
            applied_from=address, applied_at__gte=timezone.now() - timedelta(hours=1)
        )
        if address and recent.count() >= APPLICATIONS_PER_HOUR:
            return private(
                render(
                    request, "journalists/applied.html", {"limited": True}, status=429
                )
            )
        if form.is_valid():
            data = form.cleaned_data
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    username=data["work_email"],
                    email=data["work_email"],
                    password=data["password"],
                    # Signs in once the press office approves.
                    is_active=False,
                )
                Accreditation.objects.create(
                    user=user,
                    full_name=data["full_name"],
                    outlet=data["outlet"],
                    work_email=data["work_email"],
                    languages=data["languages"],
                    countries=data["countries"],
                    applied_from=address,
                )
            return private(render(request, "journalists/applied.html", {}))
    status = 400 if form.is_bound else 200
    return private(
        render(request, "journalists/apply.html", {"form": form}, status=status)
    )


class SignInView(auth_views.LoginView):
    template_name = "journalists/sign_in.html"
    redirect_authenticated_user = False

    def get_default_redirect_url(self):
        return reverse("journalists:embargoed")

    def form_valid(self, form):
        if accreditation_of(form.get_user()) is None:
            form.add_error(None, form.error_messages["inactive"])
            return self.form_invalid(form)
        return super().form_valid(form)

    def render_to_response(self, context, **kwargs):
        return private(super().render_to_response(context, **kwargs))


sign_in = SignInView.as_view()
sign_out = auth_views.LogoutView.as_view(next_page=reverse_lazy("journalists:sign_in"))


def accredited_or_404(request):
    accreditation = accreditation_of(request.user)
    if accreditation is None:
        raise Http404
    return accreditation


@require_safe
def embargoed_list(request):
    accreditation = accredited_or_404(request)
    releases = Release.objects.embargoed().order_by("publish_at", "pk")
    return private(
        render(
            request,
            "journalists/embargoed_list.html",
            {"accreditation": accreditation, "releases": releases},
        )
    )


@require_safe
def embargoed_release(request, pk):
    accreditation = accredited_or_404(request)
    release = with_links(Release.objects.embargoed()).filter(pk=pk).first()
    if release is None:
        if (public := Release.objects.public().filter(pk=pk).first()) is not None:
            # Lifted since: the page readers see.
            return redirect(public.get_absolute_url())
        raise Http404
    Opening.objects.create(
        accreditation=accreditation, release=release, address=client_address(request)
    )
    for document in release.attachments.all():
        document.download_url = reverse(
            "journalists:document", kwargs={"pk": release.pk, "document": document.pk}
        )
    return private(
        render(
            request,
            "releases/release_detail.html",
            {
                "release": release,
                "embargoed_access": True,
                "embargo_notice": embargo_notice(release),
                "media_kit": media_kit_summary(release),
            },
        )
    )


@require_safe
def embargoed_document(request, pk, document):
    accredited_or_404(request)
    attachment = (
        Attachment.objects.filter(
            pk=document, release__in=Release.objects.embargoed().filter(pk=pk)
        )
        .only("pk", "file", "filename", "kind")
        .first()
    )
    if attachment is None:
        raise Http404
    return private(
        FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=attachment.filename,
            content_type=attachment.document_kind.content_type,
        )
    )
