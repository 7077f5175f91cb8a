"""High-resolution pictures and media kits: only what is public, named for
what it shows and who took it."""

import io
import zipfile
from datetime import timedelta
from urllib.parse import unquote

import pytest
import time_machine
from django.http import StreamingHttpResponse
from django.utils import timezone

from releases.models import Status
from releases.workflow import publish_release
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    ReleaseFactory,
)
from tests.pictures import (
    GalleryImageFactory,
    ImageFactory,
    english,  # noqa: F401 (a fixture)
    media_dirs,  # noqa: F401 (a fixture)
    stored_original,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_dirs", "english")]


def draft(**kwargs):
    return ReleaseFactory(
        status=Status.DRAFT, publish_at=None, first_published_at=None, **kwargs
    )


def download(client, picture):
    return client.get(f"/en/images/{picture.pk}/download/")


def body(response):
    return b"".join(response.streaming_content)


def media_kit(client, release, language="en"):
    slug = getattr(release, f"slug_{language}")
    return client.get(f"/{language}/releases/{slug}/media-kit.zip")


# ----- one picture -----


def test_picture_used_only_by_a_draft_cannot_be_downloaded(client):
    hero, in_gallery = ImageFactory(), ImageFactory()
    release = draft(hero_image=hero)
    GalleryImageFactory(release=release, image=in_gallery)

    assert download(client, hero).status_code == 404
    assert download(client, in_gallery).status_code == 404


def test_picture_used_by_nothing_cannot_be_downloaded(client):
    assert download(client, ImageFactory()).status_code == 404


def test_picture_of_an_embargoed_release_is_404_until_its_time(client):
    picture = ImageFactory()
    lifts = timezone.now() + timedelta(days=1)
    ReleaseFactory(hero_image=picture, publish_at=lifts)

    assert download(client, picture).status_code == 404
    with time_machine.travel(lifts + timedelta(minutes=1)):
        assert download(client, picture).status_code == 200


def test_published_release_makes_its_pictures_downloadable(client, publisher):
    hero, in_gallery = ImageFactory(), ImageFactory()
    release = draft(hero_image=hero)
    GalleryImageFactory(release=release, image=in_gallery)

    publish_release(release=release, by=publisher)

    assert download(client, hero).status_code == 200
    assert download(client, in_gallery).status_code == 200


def test_download_is_the_original_named_for_its_caption_and_credit(client):
    picture = ImageFactory(caption_en="Families at the border", credit="IOM / Juan P")
    ReleaseFactory(hero_image=picture)

    response = download(client, picture)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"] == (
        'attachment; filename="Families-at-the-border_credit-IOM-Juan-P.jpg"'
    )
    assert body(response) == stored_original(picture)


def test_download_name_keeps_an_accented_credit(client):
    picture = ImageFactory(caption_en="Floods", credit="OIM / Juana Pérez Núñez")
    ReleaseFactory(hero_image=picture)

    disposition = unquote(download(client, picture)["Content-Disposition"])

    assert disposition.startswith("attachment;")
    assert "Floods_credit-OIM-Juana-Pérez-Núñez.jpg" in disposition


def test_picture_of_a_public_event_can_be_downloaded(client):
    shown, hidden = ImageFactory(), ImageFactory()
    EventFactory(image=shown)
    EventFactory(image=hidden, is_public=False)

    assert download(client, shown).status_code == 200
    assert download(client, hidden).status_code == 404


def test_portrait_can_be_downloaded_once_a_public_release_names_the_official(
    client,
):
    named, not_yet = ImageFactory(), ImageFactory()
    MentionFactory(official=OfficialFactory(portrait=named))
    MentionFactory(official=OfficialFactory(portrait=not_yet), release=draft())

    assert download(client, named).status_code == 200
    assert download(client, not_yet).status_code == 404


# ----- the media kit -----


def pictured_release(**kwargs):
    """A public release in English and French with a main picture and one in
    its gallery, each captioned in both languages."""
    hero = ImageFactory(
        caption_en="Families at the border",
        caption_fr="Des familles à la frontière",
        credit="IOM / Juan P",
        usage_terms_en="Free for editorial use.",
        usage_terms_fr="Libre pour un usage éditorial.",
    )
    other = ImageFactory(
        caption_en="The river in flood",
        caption_fr="La rivière en crue",
        credit="IOM / Ana G",
        usage_terms_en="No resale.",
        usage_terms_fr="Pas de revente.",
    )
    release = ReleaseFactory(
        hero_image=hero,
        title_fr="Familles à la frontière",
        slug_fr="familles-a-la-frontiere",
        body_fr="<p>Texte.</p>",
        **kwargs,
    )
    GalleryImageFactory(release=release, image=other)
    return release, [hero, other]


def test_media_kit_of_a_draft_is_404(client):
    release, _pictures = pictured_release(
        status=Status.DRAFT, publish_at=None, first_published_at=None
    )

    assert media_kit(client, release).status_code == 404


def test_release_without_pictures_has_no_media_kit(client):
    assert media_kit(client, ReleaseFactory()).status_code == 404


def test_media_kit_is_a_streamed_zip_of_the_originals_of_known_length(client):
    release, pictures = pictured_release()

    response = media_kit(client, release)

    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{release.slug_en}_media-kit.zip"'
    )
    content = body(response)
    assert int(response["Content-Length"]) == len(content)
    archive = zipfile.ZipFile(io.BytesIO(content))
    assert archive.testzip() is None
    assert archive.namelist() == [
        "credits.txt",
        "01_Families-at-the-border_credit-IOM-Juan-P.jpg",
        "02_The-river-in-flood_credit-IOM-Ana-G.jpg",
    ]
    for name, picture in zip(archive.namelist()[1:], pictures, strict=True):
        assert archive.read(name) == stored_original(picture)


@pytest.mark.parametrize(
    ("language", "lines", "other_language"),
    [
        (
            "en",
            [
                "Caption: Families at the border",
                "Credit: IOM / Juan P",
                "Usage terms: Free for editorial use.",
                "Caption: The river in flood",
                "Credit: IOM / Ana G",
                "Usage terms: No resale.",
            ],
            "Des familles à la frontière",
        ),
        (
            "fr",
            [
                "Légende: Des familles à la frontière",
                "Crédit: IOM / Juan P",
                "Conditions d’utilisation: Libre pour un usage éditorial.",
                "Légende: La rivière en crue",
                "Crédit: IOM / Ana G",
                "Conditions d’utilisation: Pas de revente.",
            ],
            "Families at the border",
        ),
    ],
)
def test_media_kit_credits_each_picture_in_the_readers_language(
    client, language, lines, other_language
):
    release, _pictures = pictured_release()

    archive = zipfile.ZipFile(io.BytesIO(body(media_kit(client, release, language))))

    credits = archive.read("credits.txt").decode()
    for line in lines:
        assert f"  {line}\r\n" in credits
    assert other_language not in credits
    assert f"/{language}/releases/{getattr(release, f'slug_{language}')}/" in credits


def test_a_long_caption_is_cut_at_a_word_never_inside_one(client):
    picture = ImageFactory(
        caption_en=(
            "Prosecutors from the region at the workshop on protecting migrants "
            "held in Asunción in May"
        ),
        credit="IOM / Photographer with a rather long name",
    )
    ReleaseFactory(hero_image=picture)

    name = unquote(download(client, picture)["Content-Disposition"]).split('"')[1]

    caption, credit = name.removesuffix(".jpg").split("_credit-")
    # 60 characters at most, and the next word would not fit.
    assert caption == "Prosecutors-from-the-region-at-the-workshop-on-protecting"
    assert credit == "IOM-Photographer-with-a-rather-long-name"


def test_the_media_kit_names_are_whole_words_and_unique(client):
    caption = "Families waiting at the border crossing near Asunción in May"
    release = ReleaseFactory(hero_image=ImageFactory(caption_en=caption))
    for _ in range(2):
        GalleryImageFactory(release=release, image=ImageFactory(caption_en=caption))
    response = client.get(f"/en/releases/{release.slug_en}/media-kit.zip")
    assert response.status_code == 200

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = [name for name in archive.namelist() if name.endswith(".jpg")]
    assert len(set(names)) == len(names) == 3
    for name in names:
        stem = name.split("_", 1)[1].split("_credit-")[0]
        assert caption.replace(" ", "-").startswith(stem), name
