"""Pictures in a real browser: a reader sees them and downloads them, an
editor uploads one and sets its focal point by clicking it."""

import io
import zipfile

import pytest
from playwright.sync_api import expect

from media.models import Image
from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in
from tests.pictures import (
    GalleryImageFactory,
    ImageFactory,
    jpeg,
    stored_original,
    upload,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pictured_release(transactional_db):
    hero = ImageFactory(
        file=upload(jpeg(1600, 900, color=(20, 90, 160))),
        caption_en="Participants at the seminar in Asunción",
        credit="IOM Paraguay / Juan Pérez",
        usage_terms_en="Free for editorial use with the credit.",
    )
    release = ReleaseFactory(hero_image=hero)
    for n in range(3):
        GalleryImageFactory(
            release=release, image=ImageFactory(file=upload(jpeg(900, 600))), order=n
        )
    return release


def test_a_reader_sees_the_photo_as_webp_and_downloads_it_with_its_credit(
    live_server, new_page, pictured_release, screenshot
):
    page = new_page()
    page.goto(f"{live_server.url}/en/releases/{pictured_release.slug_en}/")

    hero = page.locator(".release__main > .figure img")
    expect(hero).to_be_visible()
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")
    assert hero.evaluate("img => img.currentSrc").endswith(".webp")
    expect(page.locator(".release__main > .figure figcaption")).to_contain_text(
        "Participants at the seminar in Asunción"
    )
    expect(page.locator(".release__main > .figure figcaption")).to_contain_text(
        "Photo: IOM Paraguay / Juan Pérez"
    )
    gallery = page.locator(".gallery figure")
    expect(gallery).to_have_count(3)
    gallery.last.scroll_into_view_if_needed()
    last = gallery.last.locator("img")
    expect(last).to_have_attribute("loading", "lazy")
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=last.element_handle()
    )
    screenshot(page, "en-release-pictures")

    with page.expect_download() as waiting:
        page.locator(".release__main > .figure").get_by_role(
            "link", name="Download high resolution"
        ).click()
    download = waiting.value
    assert "IOM-Paraguay-Juan-Pérez" in download.suggested_filename
    with open(download.path(), "rb") as file:
        assert file.read() == stored_original(pictured_release.hero_image)

    with page.expect_download() as waiting:
        page.get_by_role("link", name="Download all photos").click()
    with open(waiting.value.path(), "rb") as file:
        kit = zipfile.ZipFile(io.BytesIO(file.read()))
    assert len(kit.namelist()) == 5  # credits.txt and four photos
    assert "IOM Paraguay / Juan Pérez" in kit.read("credits.txt").decode()


def test_an_editor_uploads_a_photo_and_clicks_its_focal_point(
    live_server, new_page, log_in, tmp_path, screenshot
):
    # A transactional test starts with no groups: the roles are made anew.
    sync_groups()
    editor = user_in("Editor")
    photo = tmp_path / "shelter.jpg"
    photo.write_bytes(jpeg(1200, 800, color=(200, 150, 40)))
    page = new_page()
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/admin/media/image/add/")

    page.locator("#id_file").set_input_files(str(photo))
    preview = page.locator(".focal-picker img")
    expect(preview).to_be_visible()
    box = preview.bounding_box()
    preview.click(position={"x": box["width"] * 0.25, "y": box["height"] * 0.75})
    expect(page.locator("#id_focal_x")).to_have_value("25")
    expect(page.locator("#id_focal_y")).to_have_value("75")
    page.locator("#id_alt_text_en").fill("A shelter's courtyard at noon")
    page.locator("#id_credit").fill("IOM / Test")
    screenshot(page, "admin-picture-upload")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    picture = Image.objects.get()
    assert (picture.focal_x, picture.focal_y) == (25, 75)
    assert (picture.width, picture.height) == (1200, 800)
