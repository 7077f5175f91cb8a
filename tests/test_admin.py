"""The admin press officers write in: the list, its filters, the form, its languages."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone, translation

from releases.models import Kind, Release, Status
from tests.admin_forms import ADD, CHANGELIST, add_form_data
from tests.factories import ReleaseFactory, ThemeFactory, user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, publisher):
    client.force_login(publisher)
    return client


def listed_titles(response):
    """The titles in the changelist's rows, in order."""
    assert response.status_code == 200
    return re.findall(
        r'<th class="field-display_title"><a [^>]*><bdi>([^<]*)</bdi></a>',
        response.text,
    )


def row_of(response, title):
    match = re.search(
        rf"<tr>(?:(?!</tr>).)*>{re.escape(title)}<.*?</tr>", response.text
    )
    assert match, f"no row for {title!r}"
    return match.group(0)


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


# ----- the list -----


def test_list_shows_the_languages_each_release_is_available_in(admin_client):
    ReleaseFactory(title_en="Two languages", title_fr="Deux", body_fr="<p>Oui.</p>")
    ReleaseFactory(
        title_en="",
        slug_en="",
        body_en="",
        title_ar="بالعربية",
        body_ar="<p>نص.</p>",
        title_es="En español",
        body_es="<p>Texto.</p>",
        original_language="ar",
    )

    response = admin_client.get(CHANGELIST)

    assert ">EN FR<" in row_of(response, "Two languages")
    assert ">ES AR<" in row_of(response, "بالعربية")


def test_list_says_when_a_release_is_under_embargo(admin_client):
    soon = timezone.now() + timedelta(days=1)
    ReleaseFactory(title_en="Not yet", publish_at=soon, first_published_at=soon)

    response = admin_client.get(CHANGELIST)

    assert "Embargoed" in row_of(response, "Not yet")


def test_list_links_to_a_preview_of_each_release(admin_client):
    release = ReleaseFactory(status=Status.DRAFT, publish_at=None)

    response = admin_client.get(CHANGELIST)

    preview = f"/en/releases/preview/{release.pk}/"
    assert preview in row_of(response, release.title_en)
    assert admin_client.get(preview).status_code == 200


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("status__exact=draft", "A draft", "A published one"),
        ("status__exact=published", "A published one", "A draft"),
        ("kind__exact=news", "A draft", "A published one"),
        ("region__exact=africa", "A published one", "A draft"),
        ("country=SN", "A published one", "A draft"),
        ("missing=fr", "A draft", "A published one"),
        ("original_language__exact=fr", "A published one", "A draft"),
        ("q=Dakar", "A published one", "A draft"),
        ("q=draft", "A draft", "A published one"),
    ],
)
def test_list_filters_and_search_narrow_the_list(admin_client, query, shown, hidden):
    ReleaseFactory(
        title_en="A draft",
        status=Status.DRAFT,
        publish_at=None,
        kind=Kind.NEWS,
        region="global",
        countries=["PY"],
        dateline_place_en="Asunción",
    )
    ReleaseFactory(
        title_en="A published one",
        title_fr="Un communiqué publié",
        body_fr="<p>Texte.</p>",
        original_language="fr",
        kind=Kind.STATEMENT,
        region="africa",
        countries=["SN", "ML"],
        dateline_place_en="Dakar",
    )

    titles = listed_titles(admin_client.get(f"{CHANGELIST}?{query}"))

    assert shown in titles
    assert hidden not in titles


def test_theme_filter_narrows_the_list(admin_client):
    trafficking, climate = ThemeFactory(), ThemeFactory()
    ReleaseFactory(title_en="On trafficking", themes=[trafficking])
    ReleaseFactory(title_en="On climate", themes=[climate])

    titles = listed_titles(
        admin_client.get(f"{CHANGELIST}?themes__id__exact={trafficking.pk}")
    )

    assert titles == ["On trafficking"]


def test_contributors_are_not_offered_the_publish_action(client, contributor):
    ReleaseFactory(status=Status.DRAFT, publish_at=None, created_by=contributor)
    client.force_login(contributor)

    response = client.get(CHANGELIST)

    assert response.status_code == 200
    assert 'value="submit_selected"' in response.text
    assert 'value="publish_selected"' not in response.text
    assert 'value="withdraw_selected"' not in response.text


def test_publishers_are_offered_publish_and_withdraw_actions(admin_client):
    ReleaseFactory()

    response = admin_client.get(CHANGELIST)

    assert 'value="publish_selected"' in response.text
    assert 'value="withdraw_selected"' in response.text


# ----- the form -----


def test_change_form_has_a_title_field_for_each_language(admin_client):
    release = ReleaseFactory()

    response = admin_client.get(f"{CHANGELIST}{release.pk}/change/")

    assert response.status_code == 200
    for code in ("en", "fr", "es", "ar"):
        for field in ("title", "slug", "summary", "body"):
            assert f'name="{field}_{code}"' in response.text
    assert 'name="title"' not in response.text


@pytest.mark.parametrize("role", ["contributor", "editor", "publisher"])
def test_every_role_can_open_the_form_for_a_new_release(client, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.get(ADD)

    assert response.status_code == 200
    assert 'name="title_fr"' in response.text


@pytest.mark.parametrize("role", ["contributor", "editor", "publisher"])
def test_every_role_can_open_their_own_draft(client, request, role):
    user = request.getfixturevalue(role)
    release = ReleaseFactory(status=Status.DRAFT, publish_at=None, created_by=user)
    client.force_login(user)

    response = client.get(f"{CHANGELIST}{release.pk}/change/")

    assert response.status_code == 200
    assert release.title_en in response.text


def test_contributors_draft_offers_submit_but_not_publish(client, contributor):
    release = ReleaseFactory(
        status=Status.DRAFT, publish_at=None, created_by=contributor
    )
    client.force_login(contributor)

    response = client.get(f"{CHANGELIST}{release.pk}/change/")

    assert response.status_code == 200
    assert 'name="_submit_for_review"' in response.text
    assert 'name="_publish"' not in response.text
    assert 'name="_withdraw"' not in response.text


def test_publishers_form_offers_publish_on_a_draft_and_withdraw_on_a_live_one(
    admin_client,
):
    draft = ReleaseFactory(status=Status.DRAFT, publish_at=None)
    live = ReleaseFactory()

    draft_form = admin_client.get(f"{CHANGELIST}{draft.pk}/change/").text
    live_form = admin_client.get(f"{CHANGELIST}{live.pk}/change/").text

    assert 'name="_publish"' in draft_form
    assert 'name="_withdraw"' not in draft_form
    assert 'name="_withdraw"' in live_form
    # Re-publishing a live release would change nothing readers see.
    assert 'name="_publish"' not in live_form


def test_editor_can_open_someone_elses_draft(client, editor):
    release = ReleaseFactory(
        status=Status.DRAFT, publish_at=None, created_by=user_in("Contributor")
    )
    client.force_login(editor)

    response = client.get(f"{CHANGELIST}{release.pk}/change/")

    assert response.status_code == 200
    assert 'name="_publish"' not in response.text


def test_a_release_can_be_written_in_french_only(admin_client):
    data = add_form_data(
        original_language="fr",
        title_fr="Un communiqué en français",
        slug_fr="un-communique-en-francais",
        body_fr="<p>Texte.</p>",
    )

    response = admin_client.post(ADD, data)

    assert response.status_code == 302
    release = Release.objects.get()
    assert release.languages() == ["fr"]
    assert release.status == Status.DRAFT


def test_a_release_needs_a_title_in_its_original_language(admin_client):
    data = add_form_data(
        original_language="fr",
        title_en="Only an English title",
        slug_en="only-an-english-title",
        body_en="<p>Text.</p>",
    )

    response = admin_client.post(ADD, data)

    assert response.status_code == 200
    assert "needs a title in its original language" in response.text
    assert not Release.objects.exists()


# ----- the admin in the press officer's language -----


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_admin_speaks_the_browsers_language(admin_client, language):
    ReleaseFactory()

    response = admin_client.get(CHANGELIST, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 200
    assert f'lang="{language}"' in re.search(r"<html[^>]*>", response.text).group(0)
    assert translated(language, "Log out") in response.text
    assert translated(language, "Log out") != "Log out"


def test_admin_follows_the_language_chosen_in_the_cookie(admin_client, settings):
    admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    response = admin_client.get(CHANGELIST, HTTP_ACCEPT_LANGUAGE="en")

    assert 'lang="fr"' in re.search(r"<html[^>]*>", response.text).group(0)
    assert "Déconnexion" in response.text


@pytest.mark.parametrize("path", [CHANGELIST, ADD, "/admin/"])
def test_admin_in_arabic_is_right_to_left(admin_client, path):
    response = admin_client.get(path, HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 200
    html = re.search(r"<html[^>]*>", response.text).group(0)
    assert 'lang="ar"' in html
    assert 'dir="rtl"' in html


def test_admin_in_english_is_left_to_right(admin_client):
    response = admin_client.get(CHANGELIST, HTTP_ACCEPT_LANGUAGE="en")

    assert 'dir="ltr"' in re.search(r"<html[^>]*>", response.text).group(0)
