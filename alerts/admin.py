"""Alerts in the admin: who subscribed (for staff who may see it), and what
was sent, with the deliveries that failed or whose fate is not known, to
send again."""

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from alerts.models import Alert, Delivery, DeliveryState, Subscriber, Subscription
from alerts.sending import enqueue_batches


class ReadOnly:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SubscriptionInline(ReadOnly, admin.TabularInline):
    model = Subscription
    fields = ("filters", "language", "frequency", "confirmed_at", "ended_at")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Subscriber)
class SubscriberAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ("email", "language", "created_at", "alerts_on")
    search_fields = ("email",)
    readonly_fields = ("email", "language", "created_at")
    fields = readonly_fields
    inlines = [SubscriptionInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                on=Count(
                    "subscriptions",
                    filter=Q(
                        subscriptions__confirmed_at__isnull=False,
                        subscriptions__ended_at__isnull=True,
                    ),
                )
            )
        )

    @admin.display(description=_("alerts on"), ordering="on")
    def alerts_on(self, obj):
        return obj.on


@admin.register(Alert)
class AlertAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ("release", "publish_at", "sent", "waiting", "not_sent")
    list_select_related = ("release",)
    readonly_fields = ("release", "publish_at", "created_at")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_sent=Count("deliveries", filter=Q(deliveries__state="sent")),
                n_waiting=Count(
                    "deliveries",
                    filter=Q(deliveries__state__in=["pending", "sending", "retry"]),
                ),
                n_not_sent=Count(
                    "deliveries",
                    filter=Q(deliveries__state__in=["failed", "unknown", "cancelled"]),
                ),
            )
        )

    @admin.display(description=_("sent"), ordering="n_sent")
    def sent(self, obj):
        return obj.n_sent

    @admin.display(description=_("waiting"), ordering="n_waiting")
    def waiting(self, obj):
        return obj.n_waiting

    @admin.display(description=_("not sent"), ordering="n_not_sent")
    def not_sent(self, obj):
        return obj.n_not_sent


@admin.register(Delivery)
class DeliveryAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ("alert", "subscriber", "state", "attempts", "sent_at", "last_error")
    list_filter = ("state",)
    list_select_related = ("alert__release", "subscriber")
    search_fields = ("subscriber__email",)
    actions = ["send_again"]

    def has_send_again_permission(self, request):
        return request.user.has_perm("alerts.change_delivery")

    @admin.action(
        description=_("Send the selected failed or unknown deliveries again"),
        permissions=["send_again"],
    )
    def send_again(self, request, queryset):
        chosen = queryset.filter(
            state__in=[DeliveryState.FAILED, DeliveryState.UNKNOWN]
        )
        alerts = set(chosen.values_list("alert_id", flat=True))
        count = chosen.update(state=DeliveryState.PENDING, attempts=0, last_error="")
        for alert in Alert.objects.filter(pk__in=alerts):
            enqueue_batches(alert)
        self.message_user(
            request,
            ngettext(
                "%(count)d delivery will be sent again.",
                "%(count)d deliveries will be sent again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
