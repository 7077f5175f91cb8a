"""Signing in to the admin: the password, then, for those who use it, a code."""

import segno
from axes.handlers.proxy import AxesProxyHandler
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login

from accounts import two_factor
from accounts.forms import CodeForm, EnrolForm
from accounts.lockouts import lockout_response

WRONG_CODE = gettext_lazy(
    "That code is not right, or it was used already. Wait for the app to show "
    "a new one and try again."
)


def page(request, template, context, **kwargs):
    request.current_app = admin.site.name
    return TemplateResponse(
        request, template, {**admin.site.each_context(request), **context}, **kwargs
    )


class SignInView(LoginView):
    """The admin's login page; a second step follows for those who need one."""

    template_name = "admin/login.html"
    authentication_form = AdminAuthenticationForm

    def dispatch(self, request, *args, **kwargs):
        request.current_app = admin.site.name
        if request.method == "GET" and admin.site.has_permission(request):
            return redirect("admin:index")
        return super().dispatch(request, *args, **kwargs)

    def get_default_redirect_url(self):
        return reverse("admin:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            admin.site.each_context(self.request),
            title=_("Log in"),
            subtitle=None,
            app_path=self.request.get_full_path(),
            username=self.request.user.get_username(),
        )
        if not context.get(REDIRECT_FIELD_NAME):
            context[REDIRECT_FIELD_NAME] = reverse("admin:index")
        return context

    def form_valid(self, form):
        user = form.get_user()
        if two_factor.uses_two_factor(user):
            step = "accounts:code"
        elif two_factor.must_use_two_factor(user):
            step = "accounts:enrol"
        else:
            return super().form_valid(form)
        two_factor.forget_pending(self.request)
        two_factor.remember_pending(self.request, user, next_url=self.get_success_url())
        return redirect(step)


sign_in = SignInView.as_view()


def _locked(request, user):
    return not AxesProxyHandler.is_allowed(
        request, credentials={"username": user.get_username()}
    )


@sensitive_post_parameters()
@csrf_protect
@never_cache
def code(request):
    """The second step: a code from the app, or a recovery code."""
    user = two_factor.pending_user(request)
    if user is None or not two_factor.uses_two_factor(user):
        return redirect("admin:login")
    if _locked(request, user):
        two_factor.forget_pending(request)
        return lockout_response(request)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        next_url = two_factor.pending_next(request)
        device = two_factor.verify(request, user, form.cleaned_data["code"])
        if device is not None:
            two_factor.sign_in(request, user, device)
            return redirect(next_url or "admin:index")
        if getattr(request, "axes_locked_out", False):
            two_factor.forget_pending(request)
        form.add_error("code", WRONG_CODE)
    return page(
        request,
        "accounts/code.html",
        {"title": _("Two-factor sign-in"), "form": form, "username": user},
    )


def qr_code(device):
    # segno's SVG is paths and our title only: the account's name is drawn in
    # the code's modules, never written as text.
    return mark_safe(
        segno.make(device.config_url, error="m").svg_inline(
            scale=4, border=4, dark="#000", light="#fff", title=_("QR code")
        )
    )


def grouped(secret):
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@sensitive_post_parameters()
@csrf_protect
@never_cache
def enrol(request):
    """Set up an authenticator app: on a publisher's first sign-in, or later by
    anyone signed in from their two-factor page."""
    user = two_factor.pending_user(request)
    pending = user is not None
    if not pending:
        if not admin.site.has_permission(request):
            return redirect("admin:login")
        user = request.user
    if two_factor.uses_two_factor(user):
        # Replacing an app needs the old one: never from a password alone.
        return redirect("accounts:code" if pending else "accounts:two_factor")
    form = EnrolForm(request.POST or None)
    device = two_factor.unconfirmed_app(user) if form.is_bound else None
    if form.is_valid() and device is not None:
        next_url = two_factor.pending_next(request) if pending else ""
        codes = two_factor.confirm_app(device=device, token=form.cleaned_data["code"])
        if codes is not None:
            device.refresh_from_db()
            if pending:
                two_factor.sign_in(request, user, device)
            else:
                otp_login(request, device)
            return page(
                request,
                "accounts/recovery_codes.html",
                {
                    "title": _("Your recovery codes"),
                    "codes": codes,
                    "next": next_url or reverse("admin:index"),
                },
            )
        form.add_error("code", WRONG_CODE)
    if device is None:
        device = two_factor.new_app(user)
    secret = device.config_url.split("secret=")[1].split("&")[0]
    return page(
        request,
        "accounts/enrol.html",
        {
            "title": _("Set up two-factor sign-in"),
            "form": form,
            "qr_code": qr_code(device),
            "secret": grouped(secret),
            "required": two_factor.must_use_two_factor(user),
            "pending": pending,
        },
    )


@never_cache
def two_factor_page(request):
    """Whether the signed-in user has a second factor, and what they may change."""
    user = request.user
    app = two_factor.app_of(user)
    form = CodeForm(request.POST if request.POST.get("action") == "off" else None)
    if request.method == "POST" and app is not None:
        if request.POST.get("action") == "codes":
            return page(
                request,
                "accounts/recovery_codes.html",
                {
                    "title": _("Your recovery codes"),
                    "codes": two_factor.new_recovery_codes(user),
                    "next": reverse("accounts:two_factor"),
                },
            )
        if not two_factor.must_use_two_factor(user) and form.is_valid():
            if two_factor.verify(request, user, form.cleaned_data["code"]):
                two_factor.turn_off(user)
                messages.success(request, _("Two-factor sign-in is off."))
                return redirect("accounts:two_factor")
            form.add_error("code", WRONG_CODE)
    codes = two_factor.codes_of(user)
    return page(
        request,
        "accounts/two_factor.html",
        {
            "title": _("Two-factor sign-in"),
            "app": app,
            "codes_left": codes.token_set.count() if codes else 0,
            "required": two_factor.must_use_two_factor(user),
            "form": form,
        },
    )


two_factor_page = admin.site.admin_view(two_factor_page)
