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
    data.update(changes)
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
