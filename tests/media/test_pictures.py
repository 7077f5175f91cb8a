"""Uploaded pictures: what is refused, what is stripped, what is made of them."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage

from media.images import validate_picture
from media.models import Image
from media.renditions import RECIPES
from tests.admin_people import field_errors
from tests.pictures import (
    ImageFactory,
    declaring,
    english,  # noqa: F401 (a fixture)
    jpeg,
    located_jpeg,
    located_png,
    located_webp,
    media_dirs,  # noqa: F401 (a fixture)
    multi_picture_jpeg,
    opened,
    picture_bytes,
    png_with_alpha,
    red_corner,
    stored_original,
    stored_rendition,
    upload,
    webp,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_dirs", "english")]

SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert("hi")</script></svg>'
)
NOT_A_PICTURE = "not a whole JPEG, PNG or WebP picture"


def refusal(content, name="photo.jpg"):
    """The message validate_picture gives, with Django's no-break spaces as
    plain ones."""
    with pytest.raises(ValidationError) as caught:
        validate_picture(upload(content, name))
    return " ".join(caught.value.messages).replace("\xa0", " ")


def admin_upload(client, content, name="photo.jpg"):
    """An editor adds a picture in the admin, as its form posts it."""
    return client.post(
        "/admin/media/image/add/",
        {
            "file": upload(content, name),
            "focal_x": "50",
            "focal_y": "50",
            "language": "en",
            "alt_text_en": "A boat on a river",
            "credit": "IOM / Ana Gómez",
        },
    )


# ----- what is accepted and what is refused -----


@pytest.mark.parametrize(
    "content", [jpeg(), png_with_alpha(), webp()], ids=["jpeg", "png-alpha", "webp"]
)
def test_jpeg_png_with_transparency_and_webp_are_accepted(content):
    validate_picture(upload(content))


def test_editor_uploads_a_jpeg_in_the_admin(editing, editor):
    response = admin_upload(editing, jpeg(800, 600))

    assert response.status_code == 302, field_errors(response)
    picture = Image.objects.get()
    assert (picture.width, picture.height) == (800, 600)
    assert picture.uploaded_by == editor


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (picture_bytes(image_format="GIF"), NOT_A_PICTURE),
        (SVG, "This is an SVG drawing or a web page, not a photo"),
        (
            declaring(picture_bytes(100, 100, "PNG", mode="L"), 30_000, 30_000),
            "far more than 40.0 megapixels",
        ),
    ],
    ids=["gif", "svg", "bomb"],
)
def test_admin_refuses_what_is_not_a_photo_and_says_why(editing, content, message):
    response = admin_upload(editing, content, "upload.jpg")

    assert response.status_code == 200
    assert message in field_errors(response)
    assert not Image.objects.exists()


@pytest.mark.parametrize("image_format", ["GIF", "BMP"])
def test_gif_and_bmp_are_refused(image_format):
    assert NOT_A_PICTURE in refusal(picture_bytes(image_format=image_format))


def test_svg_is_refused_as_a_drawing_not_a_photo():
    assert "This is an SVG drawing or a web page, not a photo" in refusal(
        SVG, "logo.jpg"
    )


def test_web_page_disguised_with_a_png_signature_is_refused():
    disguised = b"\x89PNG\r\n\x1a\n<html><body><script>alert(1)</script></body></html>"

    assert NOT_A_PICTURE in refusal(disguised, "photo.png")


def test_jpeg_cut_in_half_is_refused():
    whole = jpeg(1200, 800)

    assert NOT_A_PICTURE in refusal(whole[: len(whole) // 2])


def test_file_over_20_mb_is_refused_with_its_size():
    # A whole JPEG, padded after its end: only its size is wrong.
    padded = jpeg() + b"\0" * (21 * 1024 * 1024)

    message = refusal(padded)

    assert "The file is 21.0 MB" in message
    assert "at most 20.0 MB" in message


def test_picture_over_40_megapixels_is_refused_with_its_size_in_pixels():
    huge = picture_bytes(7000, 6000, "PNG", mode="1")

    message = refusal(huge, "scan.png")

    assert "7,000 × 6,000 pixels (42.0 megapixels)" in message
    assert "the limit is 40.0 megapixels" in message


@pytest.mark.parametrize(("width", "height"), [(30_000, 30_000), (10_000, 10_000)])
def test_decompression_bomb_is_refused_from_its_header_without_decoding(width, height):
    # A real 100 × 100 PNG whose header claims 0.1 to 0.9 gigapixels: decoding
    # it would take gigabytes of memory and many seconds.
    bomb = declaring(picture_bytes(100, 100, "PNG", mode="L"), width, height)
    assert len(bomb) < 4096

    started = time.perf_counter()
    message = refusal(bomb, "bomb.png")

    assert time.perf_counter() - started < 0.5
    assert "40.0 megapixels" in message


# ----- privacy: what the stored original keeps -----


def test_stored_original_has_no_location_xmp_or_comment():
    picture = ImageFactory(file=upload(located_jpeg()))

    stored = opened(stored_original(picture))

    assert not stored.getexif()
    assert not stored.getexif().get_ifd(0x8825)
    assert {"exif", "xmp", "comment"}.isdisjoint(stored.info)
    assert b"Home address" not in stored_original(picture)


@pytest.mark.parametrize(
    "content",
    [located_png(), located_webp(), located_webp(lossless=True)],
    ids=["png", "webp", "webp-lossless"],
)
def test_png_and_webp_are_stored_without_their_location_or_text(content):
    picture = ImageFactory(file=upload(content, "photo.png"))

    stored = opened(stored_original(picture))

    assert stored.format == opened(content).format
    assert not stored.getexif()
    assert not set(stored.info) & {"exif", "xmp", "Comment", "XML:com.adobe.xmp"}
    assert b"Home address" not in stored_original(picture)


def test_photo_taken_sideways_is_stored_upright():
    picture = ImageFactory(file=upload(located_jpeg(600, 400)))

    assert opened(stored_original(picture)).size == (400, 600)
    assert (picture.width, picture.height) == (400, 600)


def test_no_rendition_carries_exif():
    picture = ImageFactory(file=upload(located_jpeg()))

    for name in RECIPES:
        rendition = stored_rendition(picture, name)
        assert not rendition.getexif(), name
        assert "exif" not in rendition.info, name


def test_stored_name_is_random_and_has_the_extension_of_the_real_format():
    picture = ImageFactory(file=upload(jpeg(), "Asuncion_home_of_Ana.png"))

    assert picture.file.name.endswith(".jpg")
    assert "Asuncion" not in picture.file.name
    assert "Ana" not in picture.file.name
    assert picture.content_type == "image/jpeg"


def test_two_uploads_of_the_same_name_get_different_names():
    first = ImageFactory(file=upload(jpeg(), "photo.jpg"))
    second = ImageFactory(file=upload(jpeg(), "photo.jpg"))

    assert first.file.name != second.file.name


def test_jpeg_without_metadata_is_stored_byte_for_byte():
    content = jpeg(900, 600, quality=70)

    picture = ImageFactory(file=upload(content))

    assert stored_original(picture) == content
    assert picture.file_size == len(content)


def test_phone_jpeg_holding_a_second_picture_is_stored_as_one_plain_jpeg():
    content = multi_picture_jpeg()
    validate_picture(upload(content))

    picture = ImageFactory(file=upload(content))

    stored = opened(stored_original(picture))
    assert stored.format == "JPEG"
    assert getattr(stored, "n_frames", 1) == 1
    assert not stored.getexif()
    assert picture.file.name.endswith(".jpg")


def test_original_is_kept_outside_the_public_media_folder(settings):
    picture = ImageFactory()

    assert not picture.file.path.startswith(str(settings.MEDIA_ROOT))


# ----- renditions -----


# What a 2400 × 1600 original gives: its format and size, for each recipe.
RENDITIONS_OF_2400_BY_1600 = {
    "w480-webp": ("WEBP", (480, 320)),
    "w480-jpeg": ("JPEG", (480, 320)),
    "w960-webp": ("WEBP", (960, 640)),
    "w960-jpeg": ("JPEG", (960, 640)),
    "w1600-webp": ("WEBP", (1600, 1067)),
    "w1600-jpeg": ("JPEG", (1600, 1067)),
    "card1-webp": ("WEBP", (480, 320)),
    "card1-jpeg": ("JPEG", (480, 320)),
    "card2-webp": ("WEBP", (960, 640)),
    "card2-jpeg": ("JPEG", (960, 640)),
    "og": ("JPEG", (1200, 630)),
}


def test_every_rendition_is_made_on_save_in_its_format_and_size():
    picture = ImageFactory(file=upload(jpeg(2400, 1600)))

    assert set(RENDITIONS_OF_2400_BY_1600) == set(RECIPES)
    for name, (image_format, size) in RENDITIONS_OF_2400_BY_1600.items():
        made = stored_rendition(picture, name)
        assert (made.format, made.size) == (image_format, size), name
        announced = picture.rendition(name)
        assert (announced.width, announced.height) == size, name


def test_small_original_is_not_enlarged():
    picture = ImageFactory(file=upload(jpeg(400, 300)))

    for name in ("w480-jpeg", "w960-webp", "w1600-jpeg"):
        assert stored_rendition(picture, name).size == (400, 300)
        assert picture.rendition(name).width == 400


def test_transparent_png_gets_jpeg_renditions_too():
    picture = ImageFactory(file=upload(png_with_alpha(), "map.png"))

    assert stored_rendition(picture, "w480-jpeg").format == "JPEG"
    assert stored_rendition(picture, "og").size == (1200, 630)


def red_pixels(rendition):
    data = rendition.convert("RGB").tobytes()
    return sum(
        1
        for i in range(0, len(data), 3)
        if data[i] > 180 and data[i + 1] < 80 and data[i + 2] < 80
    )


def test_card_crop_keeps_the_focal_point():
    on_the_red = ImageFactory(file=upload(red_corner()), focal_x=0, focal_y=0)
    away = ImageFactory(file=upload(red_corner()), focal_x=100, focal_y=100)

    assert red_pixels(stored_rendition(on_the_red, "card1-jpeg")) > 10_000
    assert red_pixels(stored_rendition(away, "card1-jpeg")) == 0


def test_new_focal_point_gives_new_crops_at_new_addresses():
    picture = ImageFactory(file=upload(red_corner()), focal_x=0)
    before = {name: picture.rendition(name).url for name in ("card1-jpeg", "og")}

    picture.focal_x = 100
    picture.save()

    for name, url in before.items():
        assert picture.rendition(name).url != url
    assert red_pixels(stored_rendition(picture, "card1-jpeg")) == 0


def test_deleted_picture_is_no_longer_served_even_its_earlier_crops(client, settings):
    settings.SERVE_MEDIA = True
    picture = ImageFactory(file=upload(red_corner()), focal_x=0)
    earlier = {picture.rendition(name).url for name in RECIPES}
    picture.focal_x = 100
    picture.save()
    now = {picture.rendition(name).url for name in RECIPES}
    addresses = earlier | now
    assert len(addresses) == 16
    # Reframed: the old crops are gone at once, the new ones are served.
    assert all(client.get(url).status_code == 200 for url in now)
    assert all(client.get(url).status_code == 404 for url in earlier - now)

    picture.delete()

    assert sorted(url for url in addresses if client.get(url).status_code != 404) == []


def test_renditions_sizes_in_bytes_are_noted_on_save():
    picture = ImageFactory(file=upload(jpeg(1200, 800)))

    picture.refresh_from_db()
    assert set(picture.rendition_bytes) == set(RECIPES)
    assert all(size > 0 for size in picture.rendition_bytes.values())


def test_a_focal_point_set_back_makes_its_crop_again():
    picture = ImageFactory(file=upload(red_corner()), focal_x=0)
    first = picture.rendition("card1-webp").file.name

    for focal_x in (100, 0):
        picture.focal_x = focal_x
        picture.save()

    assert picture.rendition("card1-webp").file.name == first
    assert default_storage.exists(first)
