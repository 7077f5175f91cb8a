"""Records and form posts for tests that drive the people and event admins."""

import re
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import polib
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from contacts.models import Official, Organisation, PressContact
from events.models import Event

LOCALE = Path(settings.BASE_DIR) / "locale"


# ----- records, and what the admin's forms post -----


def organisation(name="IOM Paraguay", **values):
    return Organisation.objects.create(name_en=name, **{"country": "PY", **values})


def official(full_name="Javier Díaz Verón", **values):
    return Official.objects.create(full_name=full_name, **values)


def press_contact(full_name="Eduardo Carrillo", **values):
    values.setdefault("office", organisation())
    return PressContact.objects.create(full_name=full_name, **values)


def event(title="Counter-trafficking seminar", **values):
    values = {
        "starts_at": datetime(2016, 5, 10, 13, tzinfo=ZoneInfo("UTC")),
        "ends_at": datetime(2016, 5, 10, 21, tzinfo=ZoneInfo("UTC")),
        "time_zone": "America/Asuncion",
        "city_en": "Asunción",
        **values,
    }
    return Event.objects.create(title_en=title, **values)


def official_data(**values):
    return {"full_name": "", "slug": "", "position_en": "", "_save": "", **values}


def contact_data(office, **values):
    return {
        "full_name": "",
        "slug": "",
        "office": office.pk,
        "email": "",
        "mobile": "",
        "landline": "",
        "active": "on",
        "_save": "",
        **values,
    }


def event_data(day="2016-05-10", **values):
    return {
        "kind": "seminar",
        "title_en": "Counter-trafficking seminar",
        "time_zone": "America/Asuncion",
        "starts_at_0": day,
        "starts_at_1": "09:00",
        "ends_at_0": day,
        "ends_at_1": "17:00",
        "city_en": "Asunción",
        "is_public": "on",
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "speakers-MIN_NUM_FORMS": "0",
        "speakers-MAX_NUM_FORMS": "1000",
        "_save": "",
        **values,
    }


# ----- driving the admin, and reading its answers -----


def edit_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def admin_page(page, changelist, record):
    """The ``"list"``, ``"add"`` or ``"change"`` page of ``record``'s admin."""
    urls = {"list": changelist, "add": f"{changelist}add/", "change": edit_url(record)}
    return urls[page]


def logged_in(client, user):
    client.force_login(user)
    return client


def field_errors(response):
    """The form's error lists, as text, for failure messages and assertions."""
    return " ".join(
        re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
    )


def refused(response):
    """The admin kept the form on screen: nothing was saved."""
    return response.status_code == 200 and "errornote" in response.text


def html_tag(response):
    return re.search(r"<html[^>]*>", response.text).group(0)


def autocomplete(client, model_name, field_name, term, app_label="releases"):
    response = client.get(
        "/admin/autocomplete/",
        {
            "app_label": app_label,
            "model_name": model_name,
            "field_name": field_name,
            "term": term,
        },
    )
    assert response.status_code == 200, response.content
    return {item["text"]: item["id"] for item in response.json()["results"]}


# ----- in the press officer's language -----


def assert_in_language(response, language):
    """The admin page came back in ``language``, written the way it reads."""
    assert response.status_code == 200
    html = html_tag(response)
    assert f'lang="{language}"' in html
    assert ('dir="rtl"' in html) is (language == "ar")
    with translation.override(language):
        logout = translation.gettext("Log out")
    assert logout in response.text


@cache
def catalogue(language):
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def in_catalogue(language, english):
    """``english`` in ``language``, failing when the catalogue lacks it.

    A translation may rightly be the same word ("organisations" in French), so
    the catalogue is asked, not the text compared.
    """
    entry = catalogue(language).find(english)
    assert entry and entry.translated(), f"{english!r} not translated in {language}"
    with translation.override(language):
        return translation.gettext(english)
