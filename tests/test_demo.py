"""The demo newsroom that ``make run`` loads: the seed release and every state."""

import re

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from releases.models import Kind, Release, Status, Theme

pytestmark = pytest.mark.django_db

SEED_TITLE = "Séminaire sur la lutte contre la traite au Paraguay"
SEED_BULLETS = ("Argentina Santacruz", "Gaby Rengifo", "Erika Rojas")


@pytest.fixture
def demo():
    call_command("load_demo", stdout=None)


@pytest.fixture
def seed(demo):
    return Release.objects.get(title_fr=SEED_TITLE)


def snapshot():
    return {
        "releases": list(Release.objects.order_by("pk").values()),
        "themes": list(Theme.objects.order_by("pk").values()),
        "links": sorted(Release.themes.through.objects.values_list("pk", flat=True)),
    }


def test_loading_the_demo_twice_changes_nothing(demo):
    before = snapshot()
    assert before["releases"]

    call_command("load_demo", stdout=None)

    after = snapshot()
    assert len(after["releases"]) == len(before["releases"])
    assert [r["updated_at"] for r in after["releases"]] == [
        r["updated_at"] for r in before["releases"]
    ]
    assert after == before


def test_seed_release_reads_in_french_as_the_press_office_wrote_it(client, seed):
    response = client.get(f"/fr/releases/{seed.slug_fr}/")

    assert response.status_code == 200
    text = response.text
    assert f"<h1>{SEED_TITLE}</h1>" in text
    assert re.search(r'class="dateline"[^>]*>\s*Paraguay', text)
    with translation.override("fr"):
        assert str(Kind.PRESS_RELEASE.label) in text
    assert "Lutte contre la traite" in text
    assert "Organisée par le Ministère public" in text
    assert "12 mai 2016" in text


def test_seed_release_region_reads_global_as_in_the_french_original(client, seed):
    text = client.get(f"/fr/releases/{seed.slug_fr}/").text

    assert seed.region == "global"
    assert re.search(r">\s*Global\s*<", text)


def test_seed_release_bullets_are_a_real_list(client, seed):
    text = client.get(f"/fr/releases/{seed.slug_fr}/").text

    lists = [
        items
        for items in re.findall(r"<ul>(.*?)</ul>", text, re.DOTALL)
        if SEED_BULLETS[0] in items
    ]
    assert len(lists) == 1
    items = re.findall(r"<li[^>]*>(.*?)</li>", lists[0], re.DOTALL)
    assert len(items) == 3
    for item, speaker in zip(items, SEED_BULLETS, strict=True):
        assert item.strip().startswith(speaker)


def test_seed_release_has_an_english_version(client, seed):
    assert seed.is_available_in("en")
    assert seed.status == Status.PUBLISHED

    response = client.get(f"/en/releases/{seed.slug_en}/")

    assert response.status_code == 200
    assert seed.title_en in response.text
    assert f"/fr/releases/{seed.slug_fr}/" in response.text


def test_seed_release_is_found_by_its_country_and_theme_in_french(client, seed):
    assert seed.title_fr in client.get("/fr/releases/?country=PY").text
    assert (
        seed.title_fr in client.get("/fr/releases/?theme=lutte-contre-la-traite").text
    )


def test_english_list_has_two_pages(client, demo):
    first = client.get("/en/releases/")
    second = client.get("/en/releases/?page=2")

    assert first.status_code == 200
    assert second.status_code == 200
    assert Release.objects.public().available_in("en").count() > 20


def test_demo_has_a_release_in_every_state(demo):
    now = timezone.now()
    for status in Status.values:
        assert Release.objects.filter(status=status).exists(), status
    assert Release.objects.filter(
        status=Status.PUBLISHED, publish_at__gt=now
    ).exists(), "embargoed"


def test_demo_withdrawn_release_shows_its_note(client, demo):
    release = Release.objects.filter(status=Status.WITHDRAWN).first()

    response = client.get(release.url_in(release.fallback_language()))

    assert response.status_code == 200
    assert release.withdrawal_note_for_reader()[1] in response.text


def test_demo_has_arabic_releases_on_the_arabic_site(client, demo):
    arabic = Release.objects.public().available_in("ar")
    assert arabic.exists()
    assert Release.objects.filter(original_language="ar").exists()

    response = client.get("/ar/releases/")

    assert response.status_code == 200
    assert arabic.latest().first().title_ar in response.text


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_demo_has_releases_in_every_language(demo, language):
    assert Release.objects.public().available_in(language).exists()
