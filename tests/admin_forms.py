"""What the release admin's forms post back, for tests that drive the admin."""

from django.utils import timezone

from releases.models import LANGUAGE_CODES, Release

CHANGELIST = "/admin/releases/release/"
ADD = f"{CHANGELIST}add/"
TRANSLATED = ("title", "slug", "summary", "body", "dateline_place", "withdrawal_note")


def change_url(release):
    return f"{CHANGELIST}{release.pk}/change/"


def form_data(release, **changes):
    """What the change form posts back for ``release``, plus ``changes``."""
    data = {
        "kind": release.kind,
        "original_language": release.original_language,
        "region": release.region,
        "countries": [country.code for country in release.countries],
        "themes": [theme.pk for theme in release.themes.all()] if release.pk else [],
        "publish_at_0": "",
        "publish_at_1": "",
    }
    if release.publish_at:
        data.update(publish_at_fields(release.publish_at))
    for field in TRANSLATED:
        for code in LANGUAGE_CODES:
            data[f"{field}_{code}"] = getattr(release, f"{field}_{code}") or ""
    if release.event_id:
        data["event"] = release.event_id
    if release.hero_image_id:
        data["hero_image"] = release.hero_image_id
    data.update(inline_forms(release))
    data.update(changes)
    return data


def inline_forms(release):
    """The mentions, press contacts, gallery and attachments inlines, as the
    form posts them back."""
    data = {}
    rows = {
        "mentions": release.mentions.all() if release.pk else [],
        "release_contacts": release.release_contacts.all() if release.pk else [],
        "gallery": release.gallery.all() if release.pk else [],
        "attachments": release.attachments.all() if release.pk else [],
    }
    for prefix, links in rows.items():
        links = list(links)
        data |= {
            f"{prefix}-TOTAL_FORMS": str(len(links)),
            f"{prefix}-INITIAL_FORMS": str(len(links)),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
        for n, link in enumerate(links):
            data[f"{prefix}-{n}-id"] = link.pk
            data[f"{prefix}-{n}-release"] = release.pk
            data[f"{prefix}-{n}-order"] = link.order
            if prefix == "mentions":
                data[f"{prefix}-{n}-official"] = link.official_id
                for code in LANGUAGE_CODES:
                    data[f"{prefix}-{n}-role_{code}"] = (
                        getattr(link, f"role_{code}") or ""
                    )
            elif prefix == "release_contacts":
                data[f"{prefix}-{n}-contact"] = link.contact_id
            elif prefix == "gallery":
                data[f"{prefix}-{n}-image"] = link.image_id
            else:
                data[f"{prefix}-{n}-language"] = link.language
                for code in LANGUAGE_CODES:
                    data[f"{prefix}-{n}-title_{code}"] = (
                        getattr(link, f"title_{code}") or ""
                    )
    return data


def publish_at_fields(moment):
    """The two boxes (date, time) the form shows for ``publish_at``."""
    local = timezone.localtime(moment)
    return {
        "publish_at_0": local.strftime("%Y-%m-%d"),
        "publish_at_1": local.strftime("%H:%M:%S"),
    }


def add_form_data(**values):
    """What the add form posts: an English release, empty but for ``values``."""
    return form_data(Release(original_language="en"), _save="", **values)
