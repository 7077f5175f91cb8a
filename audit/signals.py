"""What the trail hears without being called: failed sign-ins, and changes to
people's groups, permissions and staff, superuser and active flags.

The sentences in `detail` are written in the site's language, whatever the
language of the person acting, so that the trail reads as one record; `data`
holds the same facts for a machine.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from audit.models import Action
from audit.trail import record, write

FLAGS = ["is_staff", "is_superuser", "is_active"]
FLAG_SENTENCES = {
    ("is_staff", True): _("Made staff"),
    ("is_staff", False): _("No longer staff"),
    ("is_superuser", True): _("Made superuser"),
    ("is_superuser", False): _("No longer superuser"),
    ("is_active", True): _("Account reactivated"),
    ("is_active", False): _("Account deactivated"),
}
MEMBERSHIP_SENTENCES = {
    ("groups", True): _("Groups added: %(names)s"),
    ("groups", False): _("Groups removed: %(names)s"),
    ("user_permissions", True): _("Permissions added: %(names)s"),
    ("user_permissions", False): _("Permissions removed: %(names)s"),
}


def connect():
    User = get_user_model()
    user_login_failed.connect(sign_in_failed, dispatch_uid="audit.sign_in_failed")
    for field in ("groups", "user_permissions"):
        m2m_changed.connect(
            memberships_changed,
            sender=getattr(User, field).through,
            dispatch_uid=f"audit.{field}_changed",
        )
    pre_save.connect(remember_flags, sender=User, dispatch_uid="audit.flags_before")
    post_save.connect(flags_changed, sender=User, dispatch_uid="audit.flags_after")


def in_site_language(sentence, **values):
    with translation.override(settings.LANGUAGE_CODE):
        return str(sentence) % values if values else str(sentence)


def sign_in_failed(sender, credentials, request=None, audit_recorded=False, **kw):
    """A wrong password (or a refused, locked-out one): the name tried and the
    address, never the password. A sender that has written its own, more
    precise entry (the wrong two-factor code) says so with audit_recorded."""
    if audit_recorded:
        return
    username = credentials.get(get_user_model().USERNAME_FIELD, "")
    write(Action.SIGN_IN_FAILED, by=None, request=request, actor_name=str(username))


def memberships_changed(sender, instance, action, reverse, model, pk_set, **kw):
    """Groups or permissions given or taken, from the user's side
    (user.groups.add) or the group's (group.user_set.add)."""
    if action not in ("post_add", "post_remove", "pre_clear") or pk_set == set():
        return
    User = get_user_model()
    field = "groups" if sender is User.groups.through else "user_permissions"
    added = action == "post_add"
    if pk_set is not None:
        others = model._default_manager.filter(pk__in=pk_set)
    elif reverse:
        others = model._default_manager.filter(**{field: instance})
    else:
        others = getattr(instance, field).all()
    if reverse:
        for user in others:
            role_changed(user, field, added, [instance])
    else:
        if field == "user_permissions":
            others = others.select_related("content_type")
        role_changed(instance, field, added, list(others))


def role_changed(user, field, added, items):
    if not items:
        return
    if field == "groups":
        names = codes = sorted(group.name for group in items)
    else:
        items = sorted(items, key=lambda permission: permission.pk)
        names = [str(permission.name) for permission in items]
        codes = [
            f"{permission.content_type.app_label}.{permission.codename}"
            for permission in items
        ]
    sentence = MEMBERSHIP_SENTENCES[field, added]
    record(
        Action.ROLE_CHANGE,
        user,
        detail=in_site_language(sentence, names=", ".join(names)),
        data={f"{field}_{'added' if added else 'removed'}": codes},
    )


def remember_flags(sender, instance, raw=False, update_fields=None, **kw):
    """The flags as the database holds them, before this save changes them
    (one query, skipped by saves that touch none of them, such as sign-in's
    last_login)."""
    if raw or instance._state.adding:
        return
    if update_fields is not None and not set(update_fields) & set(FLAGS):
        return
    instance._audit_flags = (
        sender._base_manager.filter(pk=instance.pk).values(*FLAGS).first()
    )


def flags_changed(sender, instance, created, raw=False, **kw):
    if raw:
        return
    if created:
        # Compared with a plain, active account: only the powers it is
        # created with are worth recording.
        before = {"is_staff": False, "is_superuser": False, "is_active": True}
    else:
        before = instance.__dict__.pop("_audit_flags", None)
        if before is None:
            return
    changes = {
        flag: [before[flag], getattr(instance, flag)]
        for flag in FLAGS
        if before[flag] != getattr(instance, flag)
    }
    if not changes:
        return
    sentences = [FLAG_SENTENCES[flag, new] for flag, (_old, new) in changes.items()]
    record(
        Action.ROLE_CHANGE,
        instance,
        detail="; ".join(in_site_language(sentence) for sentence in sentences),
        data=changes,
    )
