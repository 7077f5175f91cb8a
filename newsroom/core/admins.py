"""Extending the admins of apps below from an app above them."""

from django.apps import apps
from django.contrib import admin


def put_in_front(mixin, labels, site=admin.site):
    """Register each model's admin (``"app.Model"``) again, with ``mixin``
    in front of it: its own behaviour kept, the mixin's added. The app that
    registered the admin need know nothing of the mixin's app."""
    for label in labels:
        model = apps.get_model(label)
        registered = type(site._registry[model])
        if issubclass(registered, mixin):
            continue
        site.unregister(model)
        site.register(
            model,
            type(
                registered.__name__,
                (mixin, registered),
                {"__module__": registered.__module__},
            ),
        )


class ReadOnlyAdmin:
    """An admin (or inline) for a record no one adds, changes or deletes
    by hand: a log, evidence, what the site keeps by itself."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
