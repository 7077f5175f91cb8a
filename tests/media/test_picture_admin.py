"""Pictures as editors upload them: through the admin's own form, with real
files made by Pillow."""

import time

import pytest
from django.contrib.messages import get_messages
from django.utils import translation

from media.models import Image
from releases.models import Status
from tests.admin_forms import change_url, form_data
from tests.admin_people import event, field_errors, logged_in
from tests.factories import ReleaseFactory
from tests.pictures import (
    ImageFactory,
    declaring,
    jpeg,
    located_jpeg,
    opened,
    picture_bytes,
    stored_original,
    stored_rendition,
    upload,
)

ADD = "/admin/media/image/add/"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def picture_form(content, name="photo.jpg", **values):
    return {
        "file": upload(content, name),
        "language": "fr",
        "alt_text_fr": "Des participants autour d'une table",
        "caption_fr": "Séminaire à Asunción",
        "credit": "OIM Paraguay / Juan Pérez",
        "usage_terms_fr": "Libre pour usage éditorial",
        "focal_x": "50",
        "focal_y": "40",
        **values,
    }


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def editor_client(client, editor):
    return logged_in(client, editor)


def test_an_editor_uploads_a_photo_stored_upright_without_its_location(
    editor_client, editor
):
    response = editor_client.post(ADD, picture_form(located_jpeg(600, 400)))

    assert response.status_code == 302, field_errors(response)
    picture = Image.objects.get()
    original = opened(stored_original(picture))
    assert not original.getexif()
    assert "xmp" not in original.info and "comment" not in original.info
    # Orientation 6: the 600 × 400 sensor image stands 400 wide, 600 high.
    assert (picture.width, picture.height) == (400, 600)
    assert picture.uploaded_by == editor
    assert picture.original_name == "photo.jpg"
    assert "photo" not in picture.file.name
    webp = stored_rendition(picture, "w480-webp")
    assert (webp.format, webp.size) == ("WEBP", (400, 600))
    assert not webp.getexif()


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        (SVG, "logo.svg", "SVG"),
        (SVG, "disguised.jpg", "SVG"),
        (
            b"\x89PNG\r\n\x1a\n<html><body>hello</body></html>",
            "page.png",
            "not a whole",
        ),
        (jpeg(800, 600)[:2000], "cut.jpg", "cut short"),
        (picture_bytes(60, 40, "GIF"), "anim.gif", "JPEG, PNG or WebP"),
    ],
)
def test_what_is_not_a_photo_is_refused_with_a_clear_message(
    editor_client, content, name, words
):
    response = editor_client.post(ADD, picture_form(content, name))

    assert response.status_code == 200
    assert words in field_errors(response)
    assert not Image.objects.exists()


def test_a_decompression_bomb_is_refused_before_its_pixels_are_decoded(
    editor_client,
):
    bomb = declaring(picture_bytes(100, 100, "PNG", mode="1"), 30_000, 30_000)
    assert len(bomb) < 5_000

    started = time.perf_counter()
    response = editor_client.post(ADD, picture_form(bomb, "small.png"))

    assert time.perf_counter() - started < 5
    assert "megapixels" in field_errors(response)
    assert not Image.objects.exists()


def test_alt_text_is_required_in_the_pictures_language(editor_client):
    response = editor_client.post(
        ADD, picture_form(jpeg(), alt_text_fr="", alt_text_en="People at a table")
    )

    assert "Describe the picture in its original language" in field_errors(response)
    assert not Image.objects.exists()


def test_saving_warns_of_each_language_a_release_reads_it_in_without_alt_text(
    editor_client,
):
    picture = ImageFactory(language="en", alt_text_en="People at a table")
    ReleaseFactory(hero_image=picture, title_fr="Titre", body_fr="<p>Texte.</p>")
    data = {
        "language": "en",
        "alt_text_en": "People at a table",
        "credit": picture.credit,
        "focal_x": "10",
        "focal_y": "50",
    }

    response = editor_client.post(f"/admin/media/image/{picture.pk}/change/", data)

    assert response.status_code == 302, field_errors(response)
    warnings = messages_of(response)
    assert any("no alt text in French" in text for text in warnings)
    assert not any("Arabic" in text for text in warnings)


def test_a_new_focal_point_gives_new_crops_and_keeps_the_original(editor_client):
    picture = ImageFactory(file=upload(jpeg(1200, 400)))
    card, whole = picture.rendition("card1-webp").url, picture.rendition("w480-webp")
    data = {
        "language": "en",
        "alt_text_en": picture.alt_text_en,
        "credit": picture.credit,
        "focal_x": "0",
        "focal_y": "0",
    }

    editor_client.post(f"/admin/media/image/{picture.pk}/change/", data)

    picture.refresh_from_db()
    assert picture.rendition("card1-webp").url != card
    assert picture.rendition("w480-webp").url == whole.url
    assert stored_rendition(picture, "card1-webp").size == (480, 320)


def test_a_releases_picture_needs_alt_text_in_the_releases_language(
    editor_client,
):
    release = ReleaseFactory(
        original_language="fr",
        title_fr="Titre",
        body_fr="<p>T</p>",
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
    )
    english_only = ImageFactory(language="en", alt_text_en="People at a table")

    response = editor_client.post(
        change_url(release), form_data(release, hero_image=english_only.pk)
    )

    assert response.status_code == 200
    assert "no alt text in French" in field_errors(response)
    release.refresh_from_db()
    assert release.hero_image is None


def test_contributors_upload_pictures_but_only_editors_change_them(client, contributor):
    logged_in(client, contributor)
    picture = ImageFactory()

    assert client.post(ADD, picture_form(jpeg())).status_code == 302
    assert client.get(f"/admin/media/image/{picture.pk}/change/").status_code in (
        200,
        403,
    )
    response = client.post(
        f"/admin/media/image/{picture.pk}/change/",
        {"language": "en", "alt_text_en": "Changed", "credit": "x"},
    )
    picture.refresh_from_db()
    assert response.status_code == 403
    assert picture.alt_text_en != "Changed"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_upload_form_speaks_the_editors_language(editor_client, language):
    ImageFactory()
    with translation.override(language):
        response = editor_client.get(ADD, headers={"accept-language": language})
        listing = editor_client.get(
            "/admin/media/image/?q=meeting", headers={"accept-language": language}
        )

    assert response.status_code == 200
    assert "focal-point.js" in response.text
    assert 'accept="image/jpeg,image/png,image/webp"' in response.text
    assert listing.status_code == 200
    assert "picture-thumbnail" in listing.text


def test_saving_a_release_warns_of_its_languages_its_pictures_lack_alt_text_in(
    editor_client,
):
    french = ImageFactory(language="fr", alt_text_en="", alt_text_fr="Une salle")
    release = ReleaseFactory(
        original_language="fr",
        title_fr="Titre",
        body_fr="<p>Texte.</p>",
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
    )
    data = form_data(release, hero_image=french.pk)

    response = editor_client.post(change_url(release), data)

    assert response.status_code == 302, field_errors(response)
    warnings = messages_of(response)
    assert any("“Une salle” has no alt text in English" in text for text in warnings)
    assert not any("Spanish" in text for text in warnings)


def test_a_picture_page_says_every_place_that_shows_it(editor_client):
    picture = ImageFactory()
    release = ReleaseFactory(hero_image=picture)
    briefing = event(title="Press briefing in Geneva", image=picture)

    response = editor_client.get(f"/admin/media/image/{picture.pk}/change/")
    listing = editor_client.get("/admin/media/image/")

    assert release.title_en in response.text
    assert briefing.title_en in response.text
    assert '<td class="field-uses">2</td>' in listing.text
