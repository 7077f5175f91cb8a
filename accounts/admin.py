from django.contrib import admin, messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from accounts import lockouts
from accounts.models import Lockout, TwoFactorDevice
from newsroom.core.admins import ReadOnlyAdmin


@admin.register(Lockout)
class LockoutAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Failed sign-ins that still count; publishers lift lockouts here."""

    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        "attempt_time",
        "locked",
    ]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    actions = ["lift"]
    list_display_links = None

    def get_queryset(self, request):
        return lockouts.with_totals(lockouts.recent_attempts())

    @admin.display(boolean=True, description=_("locked"))
    def locked(self, attempt):
        return lockouts.is_locked(attempt)

    @admin.action(
        permissions=["lift"], description=_("Lift the lockout of the chosen sign-ins")
    )
    def lift(self, request, queryset):
        attempts = list(queryset)
        lockouts.lift_lockouts(attempts=attempts)
        self.message_user(
            request,
            _("Lockout lifted: these accounts and addresses may sign in again."),
            messages.SUCCESS,
        )

    def has_lift_permission(self, request):
        return request.user.has_perm("accounts.lift_lockout")


@admin.register(TwoFactorDevice)
class TwoFactorDeviceAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Every signed-in user's own two-factor page, listed in the admin's index."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def changelist_view(self, request, extra_context=None):
        return redirect("accounts:two_factor")
