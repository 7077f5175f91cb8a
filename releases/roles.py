"""The three roles press officers work in, and the permissions each holds.

Data migrations run ``create_groups`` with their historical app registry; a
migration that adds permissions runs it again, so the groups always hold
exactly what is listed here.

What readers see is reviewed: contributors write drafts and may record a new
official or organisation as they write (an official's page only appears once
a public release or event names them), but changing what is already public —
a position, an event, a press contact's number — is an editor's job.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models import Q

CONTRIBUTOR = [
    "releases.view_release",
    "releases.add_release",
    "releases.change_release",
    "releases.submit_release",
    "releases.view_theme",
    # The people and events a release links to: contributors pick them, add
    # new people as they write, and add or remove links on their own drafts.
    "contacts.view_organisation",
    "contacts.add_organisation",
    "contacts.view_official",
    "contacts.add_official",
    "contacts.view_presscontact",
    "events.view_event",
    "events.view_speaker",
    *(
        model.format(action)
        for model in (
            "releases.{}_mention",
            "releases.{}_releasecontact",
            "media.{}_galleryimage",
            "media.{}_attachment",
        )
        for action in ("view", "add", "change", "delete")
    ),
    # Pictures: contributors upload and pick them; changing the words of a
    # picture readers may already see is an editor's job.
    "media.view_image",
    "media.add_image",
    # The translation board (translations/): what is missing or outdated,
    # each translation beside its original.
    "translations.view_translationstate",
    # Remarks on releases (reviews/): a question for the author, a fact-check.
    "reviews.view_remark",
    "reviews.add_remark",
]
EDITOR = [
    *CONTRIBUTOR,
    "releases.change_others_release",
    "releases.delete_release",
    "releases.add_theme",
    "releases.change_theme",
    # What is already public: people's positions, events, and the numbers
    # journalists call.
    "contacts.change_organisation",
    "contacts.change_official",
    "contacts.add_presscontact",
    "contacts.change_presscontact",
    "events.add_event",
    "events.change_event",
    *(f"events.{action}_speaker" for action in ("add", "change", "delete")),
    "media.change_image",
    # Confirm a translation as checked against its changed original, or fix
    # it beside the original (translations/).
    "translations.confirm_translationstate",
    # Preview links for reviewers without an account (reviews/): made,
    # revoked, and who opened them when.
    "reviews.view_previewlink",
    "reviews.add_previewlink",
    "reviews.change_previewlink",
    "reviews.view_opening",
]
PUBLISHER = [
    *EDITOR,
    "releases.publish_release",
    "releases.withdraw_release",
    # Take a release off the site for good (published in error, a duplicate).
    "releases.unpublish_release",
    "releases.delete_theme",
    "events.delete_event",
    "media.delete_image",
    "contacts.delete_organisation",
    "contacts.delete_official",
    "contacts.delete_presscontact",
    # Sign-in (accounts/): lift a lockout after too many failed sign-ins, and
    # read the record of sign-ins and failures that led to it.
    "accounts.view_lockout",
    "accounts.lift_lockout",
    "axes.view_accesslog",
    "axes.view_accessfailurelog",
    # The audit trail (audit/): who published, withdrew, deleted or changed
    # whose role, and the failed sign-ins.
    "audit.view_entry",
    # The bin (wastebin/): what was deleted in the last 30 days, restored with
    # its links, or emptied for good.
    "wastebin.view_binentry",
    "wastebin.restore_binentry",
    "wastebin.empty_bin",
    # Email alerts (alerts/): who subscribed, what was sent, and sending
    # again what failed.
    "alerts.view_subscriber",
    "alerts.view_subscription",
    "alerts.view_alert",
    "alerts.view_delivery",
    "alerts.change_delivery",
    # Accredited journalists (journalists/): their applications, who opened
    # which embargoed release, and the copies sent ahead of an embargo.
    "journalists.view_accreditation",
    "journalists.decide_accreditation",
    "journalists.view_opening",
    "journalists.view_advancecopy",
]

GROUPS = {"Contributor": CONTRIBUTOR, "Editor": EDITOR, "Publisher": PUBLISHER}


def sync_groups(apps=global_apps):
    """Create the groups if needed and give each exactly its permissions."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in GROUPS.items():
        query = Q(pk__in=[])
        for permission in permissions:
            app_label, codename = permission.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(query))


def create_groups(apps, schema_editor):
    """A data migration's step: permissions first, then the groups."""
    # Permissions are normally made after all migrations; make them now so the
    # groups can hold them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)
