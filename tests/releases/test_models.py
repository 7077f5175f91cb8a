"""The release record: safe rich text, escaped titles, slugs, languages, the gate."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from releases.models import LANGUAGE_CODES, Release, Status
from tests.admin_forms import ADD, add_form_data
from tests.factories import ReleaseFactory, user_in

pytestmark = pytest.mark.django_db


HOSTILE_BODY = (
    '<p onclick="steal()">Dear readers,</p>'
    "<script>alert('script')</script>"
    '<p><a href="javascript:alert(1)">click</a> '
    '<a href="JaVaScRiPt:alert(2)">again</a></p>'
    '<img src="x.png" onerror="alert(3)">'
    "<style>body { display: none }</style>"
    '<iframe src="https://evil.example/"></iframe>'
)


# ----- rich text is sanitised on every save -----


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_scripts_handlers_and_javascript_links_never_reach_the_database(code):
    release = ReleaseFactory(**{f"title_{code}": "A title", f"body_{code}": ""})
    setattr(release, f"body_{code}", HOSTILE_BODY)
    release.save()

    release.refresh_from_db()
    body = getattr(release, f"body_{code}")
    assert "Dear readers," in body
    for dangerous in (
        "<script",
        "alert(",
        "onclick",
        "onerror",
        "javascript:",
        "JaVaScRiPt",
        "<style",
        "<iframe",
        "<img",
    ):
        assert dangerous not in body


def test_body_is_sanitised_when_created_through_the_orm():
    release = Release.objects.create(
        title_en="Created directly",
        body_en='<p>Hello</p><script>alert("x")</script>',
    )

    release.refresh_from_db()
    assert release.body_en == "<p>Hello</p>"


def test_allowed_formatting_is_kept():
    body = (
        "<h2>Key facts</h2>"
        "<p><strong>Bold</strong>, <em>italic</em> and "
        '<a href="https://www.iom.int/">a link</a>.</p>'
        "<ul><li>One</li><li>Two</li></ul>"
        "<ol><li>First</li></ol>"
        "<blockquote><p>A quote.</p></blockquote>"
        "<table><tbody><tr><td>A cell</td></tr></tbody></table>"
    )

    release = ReleaseFactory(body_en=body)

    release.refresh_from_db()
    for kept in (
        "<h2>Key facts</h2>",
        "<strong>Bold</strong>",
        "<em>italic</em>",
        'href="https://www.iom.int/"',
        "<ul><li>One</li><li>Two</li></ul>",
        "<ol><li>First</li></ol>",
        "<blockquote>",
        "<td>A cell</td>",
    ):
        assert kept in release.body_en


def test_hostile_body_does_not_reach_the_release_page(client):
    release = ReleaseFactory(body_en=HOSTILE_BODY)

    response = client.get(f"/en/releases/{release.slug_en}/")

    assert response.status_code == 200
    assert "Dear readers," in response.text
    assert "alert(" not in response.text
    assert "javascript:" not in response.text.lower()


# ----- plain fields are escaped on pages -----


@pytest.mark.parametrize(
    "path", ["/en/releases/{slug}/", "/en/releases/", "/en/"], ids=str
)
def test_a_title_with_markup_is_shown_as_text(client, path):
    release = ReleaseFactory(
        title_en='Aid <script>alert("title")</script> arrives',
        summary_en="<b>Summary</b> & more",
    )

    response = client.get(path.format(slug=release.slug_en))

    assert response.status_code == 200
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in response.text
    assert '<script>alert("title")' not in response.text
    assert "<b>Summary</b>" not in response.text


def test_a_dateline_with_markup_is_shown_as_text(client):
    release = ReleaseFactory(dateline_place_en="<em>Geneva</em>")

    response = client.get(f"/en/releases/{release.slug_en}/")

    assert "&lt;em&gt;Geneva&lt;/em&gt;" in response.text
    assert "<em>Geneva</em>" not in response.text


def test_a_withdrawal_note_with_markup_is_shown_as_text(client):
    release = ReleaseFactory(
        status=Status.WITHDRAWN,
        withdrawn_at=timezone.now(),
        withdrawal_note_en='Replaced.<script>alert("note")</script>',
    )

    response = client.get(f"/en/releases/{release.slug_en}/")

    assert response.status_code == 200
    assert "&lt;script&gt;" in response.text
    assert '<script>alert("note")' not in response.text


# ----- slugs -----


def test_missing_slug_is_made_from_the_title(client):
    release = ReleaseFactory(title_en="Seminar on Counter-Trafficking", slug_en="")

    assert release.slug_en == "seminar-on-counter-trafficking"
    assert client.get("/en/releases/seminar-on-counter-trafficking/").status_code == 200


def test_missing_slug_is_made_for_each_written_language():
    release = ReleaseFactory(
        slug_en="",
        title_fr="Séminaire sur la traite",
        body_fr="<p>Texte.</p>",
        title_ar="ندوة حول مكافحة الاتجار",
        body_ar="<p>نص.</p>",
    )

    assert release.slug_fr == "séminaire-sur-la-traite"
    assert release.slug_ar == "ندوة-حول-مكافحة-الاتجار"
    assert release.slug_en
    assert not release.slug_es


def test_a_slug_given_by_the_writer_is_kept():
    release = ReleaseFactory(title_en="A long title about many things", slug_en="short")

    assert release.slug_en == "short"


def test_slug_made_from_a_title_never_takes_another_releases_address():
    ReleaseFactory(title_en="Something else", slug_en="floods-in-mozambique")
    ReleaseFactory(
        title_en="Autre chose",
        slug_en="autre-chose",
        title_fr="Inondations",
        slug_fr="floods-in-mozambique-2",
        body_fr="<p>Texte.</p>",
    )

    release = ReleaseFactory(title_en="Floods in Mozambique", slug_en="")

    assert release.slug_en.startswith("floods-in-mozambique")
    assert release.slug_en not in ("floods-in-mozambique", "floods-in-mozambique-2")


@pytest.mark.parametrize("field", ["slug_en", "slug_fr"])
def test_slug_already_used_by_another_release_is_a_form_error(client, field):
    ReleaseFactory(slug_en="taken-address")
    client.force_login(user_in("Publisher"))
    values = {
        "title_en": "A new release",
        "slug_en": "a-new-release",
        "body_en": "<p>Text.</p>",
    }
    if field == "slug_fr":
        values.update(title_fr="Un nouveau communiqué", body_fr="<p>Texte.</p>")
    values[field] = "taken-address"

    response = client.post(ADD, add_form_data(**values))

    assert response.status_code == 200
    assert "Another release already uses this address" in response.text
    assert Release.objects.count() == 1


def test_changing_a_slug_to_another_releases_is_a_form_error(client):
    ReleaseFactory(slug_en="taken-address")
    writer = user_in("Publisher")
    release = ReleaseFactory(
        status=Status.DRAFT, publish_at=None, first_published_at=None, created_by=writer
    )
    client.force_login(writer)
    data = add_form_data(
        title_en=release.title_en,
        slug_en="taken-address",
        body_en=release.body_en,
    )

    response = client.post(f"/admin/releases/release/{release.pk}/change/", data)

    assert response.status_code == 200
    assert "Another release already uses this address" in response.text
    old_slug = release.slug_en
    release.refresh_from_db()
    assert release.slug_en == old_slug


def test_admin_fills_a_missing_slug_from_the_title(client):
    client.force_login(user_in("Publisher"))
    data = add_form_data(
        title_en="Written without a slug", slug_en="", body_en="<p>Text.</p>"
    )

    response = client.post(ADD, data)

    assert response.status_code == 302
    assert Release.objects.get().slug_en == "written-without-a-slug"


# ----- languages a release is available in -----


def test_a_release_is_available_in_a_language_once_it_has_title_and_body():
    release = ReleaseFactory(title_fr="Titre seulement")
    assert release.languages() == ["en"]
    assert not release.is_available_in("fr")

    release.body_fr = "<p>Et le texte.</p>"
    release.save()

    assert release.languages() == ["en", "fr"]
    assert release.is_available_in("fr")


def test_languages_are_listed_in_the_sites_order():
    release = ReleaseFactory(
        title_en="",
        body_en="",
        slug_en="",
        title_ar="عنوان",
        body_ar="<p>نص.</p>",
        title_es="Título",
        body_es="<p>Texto.</p>",
        original_language="ar",
    )

    assert release.languages() == ["es", "ar"]


def test_an_empty_editor_paragraph_does_not_make_a_language_available():
    release = ReleaseFactory(title_fr="Titre", body_fr="<p></p>")

    assert release.languages() == ["en"]
    assert not Release.objects.available_in("fr").filter(pk=release.pk).exists()


def test_available_in_agrees_with_languages():
    english = ReleaseFactory()
    both = ReleaseFactory(title_fr="Titre", body_fr="<p>Texte.</p>")
    french = ReleaseFactory(
        title_en="", body_en="", slug_en="", title_fr="Seul", body_fr="<p>Oui.</p>"
    )

    assert set(Release.objects.available_in("en")) == {english, both}
    assert set(Release.objects.available_in("fr")) == {both, french}
    assert not Release.objects.available_in("ar").exists()
    assert set(Release.objects.missing_language("fr")) == {english}


# ----- the one publication rule -----

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "publish_at", "public"),
    [
        (Status.PUBLISHED, NOW - timedelta(days=1), True),
        (Status.PUBLISHED, NOW, True),
        (Status.PUBLISHED, NOW + timedelta(seconds=1), False),
        (Status.PUBLISHED, None, False),
        (Status.DRAFT, NOW - timedelta(days=1), False),
        (Status.IN_REVIEW, NOW - timedelta(days=1), False),
        (Status.WITHDRAWN, NOW - timedelta(days=1), False),
    ],
    ids=[
        "published",
        "published-this-second",
        "embargoed",
        "published-without-time",
        "draft",
        "in-review",
        "withdrawn",
    ],
)
def test_public_means_published_and_past_its_time(status, publish_at, public):
    with time_machine.travel(NOW, tick=False):
        release = ReleaseFactory(
            status=status, publish_at=publish_at, first_published_at=publish_at
        )

        assert Release.objects.public().filter(pk=release.pk).exists() is public


def test_public_is_read_at_query_time():
    lifts_at = timezone.now() + timedelta(minutes=10)
    release = ReleaseFactory(publish_at=lifts_at, first_published_at=lifts_at)
    queryset = Release.objects.public()

    assert release not in queryset.all()
    with time_machine.travel(lifts_at, tick=False):
        assert release in Release.objects.public()
