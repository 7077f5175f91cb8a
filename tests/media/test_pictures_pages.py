"""Pictures as pages show them: figures, sizes, shares, feeds, and the cost."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.template.defaultfilters import filesizeformat
from imagekit.cachefiles import ImageCacheFile
from PIL import Image as PillowImage

from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    ReleaseFactory,
    jsonld,
    visible_text,
)
from tests.pictures import (
    AttachmentFactory,
    GalleryImageFactory,
    ImageFactory,
    english,  # noqa: F401 (a fixture)
    jpeg,
    media_dirs,  # noqa: F401 (a fixture)
    sharing_the_file_of,
    upload,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_dirs", "english")]


def hero(**kwargs):
    fields = {
        "file": upload(jpeg(1200, 800)),
        "alt_text_en": "Families waiting at the border",
        "caption_en": "Families at the border in Pedro Juan Caballero",
        "credit": "IOM / Juan Perez",
        "usage_terms_en": "Free for editorial use with the credit.",
    }
    return ImageFactory(**(fields | kwargs))


def small_picture():
    return ImageFactory(file=upload(jpeg(240, 160)))


def with_pictures(hero_image=None, gallery=0, attachments=0, **kwargs):
    """A public release with a main picture, and as many gallery pictures and
    documents as asked."""
    release = ReleaseFactory(hero_image=hero_image or hero(), **kwargs)
    if gallery:
        first = small_picture()
        GalleryImageFactory(release=release, image=first)
    for _ in range(gallery - 1):
        GalleryImageFactory(release=release, image=sharing_the_file_of(first))
    for _ in range(attachments):
        AttachmentFactory(release=release)
    return release


def page(client, release, language="en"):
    return client.get(f"/{language}/releases/{getattr(release, f'slug_{language}')}/")


def pictures_in(text):
    return re.findall(r"<picture>.*?</picture>", text, re.DOTALL)


def meta(text, name):
    found = re.search(rf'<meta property="{name}" content="([^"]*)">', text)
    return found and found.group(1)


# ----- the release page -----


def test_release_page_shows_caption_credit_and_a_download_link_with_sizes(client):
    picture = hero()
    release = with_pictures(picture)

    response = page(client, release)

    text = visible_text(response)
    assert "Families at the border in Pedro Juan Caballero" in text
    assert "Photo: IOM / Juan Perez" in text
    assert "Free for editorial use with the credit." in text
    size = " ".join(filesizeformat(picture.file_size).split())
    assert f"Download high resolution (JPEG, 1200 × 800 px, {size})" in text
    assert f'href="{picture.get_download_url()}" download' in response.text


def test_figure_speaks_the_readers_language(client):
    release = with_pictures(
        hero(caption_fr="Des familles à la frontière"),
        title_fr="Familles à la frontière",
        body_fr="<p>Texte.</p>",
    )

    text = visible_text(page(client, release, "fr"))

    assert "Des familles à la frontière" in text
    assert "Photo : IOM / Juan Perez" in text
    assert "Télécharger en haute résolution (JPEG, 1200 × 800 px," in text


def test_hero_and_gallery_are_served_without_decoding_or_encoding_a_picture(
    client, monkeypatch
):
    release = with_pictures(gallery=2)

    def refuse(*args, **kwargs):
        raise AssertionError("a picture was opened or made while serving a page")

    monkeypatch.setattr(PillowImage.Image, "save", refuse)
    monkeypatch.setattr(PillowImage, "open", refuse)
    monkeypatch.setattr(ImageCacheFile, "generate", refuse)
    monkeypatch.setattr(ImageCacheFile, "_generate", refuse)
    response = page(client, release)

    assert response.status_code == 200
    main, *gallery = pictures_in(response.text)
    assert len(gallery) == 2
    for picture in (main, *gallery):
        assert re.search(r'type="image/webp" srcset="[^"]+\.webp 480w', picture)
        assert re.search(r'width="\d+" height="\d+"', picture)
    assert 'width="960" height="640"' in main
    assert 'loading="lazy"' not in main
    assert 'fetchpriority="high"' in main
    for picture in gallery:
        assert 'loading="lazy"' in picture


def test_srcset_lists_each_width_once_for_a_small_picture(client):
    release = with_pictures(ImageFactory(file=upload(jpeg(400, 300))))

    main = pictures_in(page(client, release).text)[0]

    webp = re.search(r'type="image/webp" srcset="([^"]+)"', main).group(1)
    assert [part.split()[-1] for part in webp.split(", ")] == ["400w"]
    assert 'width="400" height="300"' in main


def test_alt_text_is_in_the_readers_language(client):
    release = with_pictures(
        hero(alt_text_fr="Des familles attendent à la frontière"),
        title_fr="Familles à la frontière",
        body_fr="<p>Texte.</p>",
    )

    french = pictures_in(page(client, release, "fr").text)[0]

    assert 'alt="Des familles attendent à la frontière"' in french
    assert "lang=" not in french


def test_alt_text_missing_in_the_readers_language_is_marked_with_its_own(client):
    release = with_pictures(
        hero(), title_fr="Familles à la frontière", body_fr="<p>Texte.</p>"
    )

    french = pictures_in(page(client, release, "fr").text)[0]

    assert 'alt="Families waiting at the border" lang="en"' in french


def test_shared_link_shows_the_1200_by_630_crop(client):
    picture = hero()
    release = with_pictures(picture)

    text = page(client, release).text

    assert meta(text, "og:image") == f"http://testserver{picture.rendition('og').url}"
    assert meta(text, "og:image:width") == "1200"
    assert meta(text, "og:image:height") == "630"
    assert meta(text, "og:image:alt") == "Families waiting at the border"


def test_news_article_json_ld_names_the_pictures_credit(client):
    release = with_pictures()

    (article,) = jsonld(page(client, release), "NewsArticle")

    images = article["image"]
    assert images
    for image in images:
        assert image["@type"] == "ImageObject"
        assert image["creditText"] == "IOM / Juan Perez"
        assert image["contentUrl"].startswith("http://testserver/media/")
    assert {(image["width"], image["height"]) for image in images} == {
        (1200, 800),
        (1200, 630),
    }


def test_feed_item_encloses_the_960_pixel_jpeg(client):
    picture = hero()
    with_pictures(picture)

    response = client.get("/en/releases/feed/")

    enclosure = ET.fromstring(response.content).find("channel/item/enclosure")
    assert enclosure.get("url") == (
        f"http://testserver{picture.rendition('w960-jpeg').url}"
    )
    assert enclosure.get("url").endswith(".jpg")
    assert int(enclosure.get("length")) == picture.rendition_bytes["w960-jpeg"] > 0
    assert enclosure.get("type") == "image/jpeg"


def test_feed_enclosure_is_right_when_pictures_are_served_from_another_host(
    client, settings
):
    # As when renditions are in an object store (docs/deployment.md).
    settings.MEDIA_URL = "https://media.example.org/newsroom/"
    picture = hero()
    release = with_pictures(picture)

    response = client.get("/en/releases/feed/")

    enclosure = ET.fromstring(response.content).find("channel/item/enclosure")
    url = picture.rendition("w960-jpeg").url
    assert url.startswith("https://media.example.org/newsroom/renditions/")
    assert enclosure.get("url") == url
    assert meta(page(client, release).text, "og:image") == picture.rendition("og").url


def test_list_shows_a_thumbnail_for_a_release_with_a_picture(client):
    picture = hero()
    with_pictures(picture, title_en="With a picture")
    ReleaseFactory(title_en="Without a picture")

    text = client.get("/en/releases/").text

    cards = re.findall(r'<article class="release-card.*?</article>', text, re.DOTALL)
    (pictured,) = [card for card in cards if "With a picture" in card]
    (plain,) = [card for card in cards if "Without a picture" in card]
    assert picture.rendition("card1-webp").url in pictured
    assert 'alt="Families waiting at the border"' in pictured
    assert "<picture>" not in plain


def test_release_page_offers_the_media_kit_with_its_size(client):
    release = with_pictures(gallery=2)

    text = visible_text(page(client, release))

    assert "Download all photos" in text
    assert "ZIP, 3 photos with credits" in text


def test_release_page_lists_its_documents_with_kind_and_size(client):
    release = with_pictures(attachments=1)
    document = release.attachments.get()

    response = page(client, release)

    assert f'href="{document.get_download_url()}" download' in response.text
    size = " ".join(filesizeformat(document.file_size).split())
    assert f"{document.title_en} (PDF, {size})" in visible_text(response)


# ----- events and officials -----


def test_event_page_shows_its_picture_with_the_credit(client):
    event = EventFactory(image=hero())

    response = client.get(f"/en/events/{event.slug_en}/")

    assert len(pictures_in(response.text)) == 1
    assert "Photo: IOM / Juan Perez" in visible_text(response)


def test_official_page_shows_the_portrait(client):
    official = OfficialFactory(portrait=hero(alt_text_en="Portrait of the minister"))
    MentionFactory(official=official)

    response = client.get(official.get_absolute_url())

    (portrait,) = pictures_in(response.text)
    assert 'alt="Portrait of the minister"' in portrait


# ----- query budgets -----


def test_release_page_with_a_gallery_and_documents_runs_at_most_8_queries(
    client, django_assert_max_num_queries
):
    release = with_pictures(hero(file=upload(jpeg())), gallery=12, attachments=3)

    with django_assert_max_num_queries(8):
        response = page(client, release)

    assert len(pictures_in(response.text)) == 13
    assert response.text.count('class="attachments__about"') == 3


def test_list_of_twenty_releases_with_pictures_runs_at_most_10_queries(
    client, django_assert_max_num_queries
):
    first = small_picture()
    ReleaseFactory(hero_image=first)
    for _ in range(19):
        ReleaseFactory(hero_image=sharing_the_file_of(first))

    with django_assert_max_num_queries(10):
        response = client.get("/en/releases/")

    assert len(pictures_in(response.text)) == 20


def test_event_page_with_a_picture_runs_at_most_6_queries(
    client, django_assert_max_num_queries
):
    event = EventFactory(image=small_picture())

    with django_assert_max_num_queries(6):
        response = client.get(f"/en/events/{event.slug_en}/")

    assert len(pictures_in(response.text)) == 1


def test_official_page_with_a_portrait_runs_at_most_6_queries(
    client, django_assert_max_num_queries
):
    official = OfficialFactory(portrait=small_picture())
    MentionFactory(official=official)

    with django_assert_max_num_queries(6):
        response = client.get(official.get_absolute_url())

    assert len(pictures_in(response.text)) == 1
