"""The demo newsroom that ``make run`` loads: the seed release and every state."""

import re

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from contacts.models import Official, Organisation, PressContact
from events.models import Event, EventKind, Speaker
from media.models import Attachment, Image
from releases.models import Kind, Mention, Release, ReleaseContact, Status, Theme

pytestmark = pytest.mark.django_db

SEED_TITLE = "Séminaire sur la lutte contre la traite au Paraguay"
SEED_BULLETS = ("Argentina Santacruz", "Gaby Rengifo", "Erika Rojas")
# As the release names them, in its order, with the spellings it prints.
SEED_OFFICIALS = (
    "Javier Diaz Verón",
    "Jorge Chabarria Guzman",
    "Jorge Diaz Almeida",
    "Rodrigo Janot Monteiro De Barros",
    *SEED_BULLETS,
)


@pytest.fixture
def demo():
    # Pictures take seconds to draw and render: only their own tests load them.
    call_command("load_demo", no_pictures=True, stdout=None)


@pytest.fixture
def pictured_demo():
    call_command("load_demo", stdout=None)
    return Release.objects.get(title_fr=SEED_TITLE)


@pytest.fixture
def seed(demo):
    return Release.objects.get(title_fr=SEED_TITLE)


def snapshot():
    return {
        "releases": list(Release.objects.order_by("pk").values()),
        "themes": list(Theme.objects.order_by("pk").values()),
        "links": sorted(Release.themes.through.objects.values_list("pk", flat=True)),
        **{
            model.__name__: list(model.objects.order_by("pk").values())
            for model in (
                Organisation,
                Official,
                PressContact,
                Event,
                Speaker,
                Mention,
                ReleaseContact,
            )
        },
    }


def test_loading_the_demo_twice_changes_nothing(demo):
    before = snapshot()
    assert before["releases"]

    call_command("load_demo", no_pictures=True, stdout=None)

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


def test_seed_release_is_about_its_seminar_in_asuncion(seed):
    event = seed.event

    assert event.kind == EventKind.SEMINAR
    assert event.title_fr == "Séminaire sur la lutte contre la traite"
    assert event.title_en and event.title_es
    assert (event.city, event.country.code) == ("Asunción", "PY")
    assert event.time_zone == "America/Asuncion"
    assert event.ends_at < seed.publish_at
    assert [o.name_es for o in event.organisers.all()] == ["Ministerio Público"]
    assert [o.acronym_fr for o in event.supporters.all()] == ["OIM"]


def test_seed_release_names_its_officials_in_order_with_the_aiamp_roles(seed):
    mentions = list(seed.mentions.select_related("official"))

    assert [m.official.full_name for m in mentions] == list(SEED_OFFICIALS)
    aiamp = "représentant de l’AIAMP"
    assert [m.role_fr or "" for m in mentions] == ["", aiamp, aiamp, aiamp, "", "", ""]
    assert mentions[1].role_en == "representative of AIAMP"
    assert mentions[1].role_es == "representante de la AIAMP"
    general = mentions[0].official
    assert general.position_fr == "Procureur général du Paraguay"
    assert general.organisation.name_es == "Ministerio Público"


def test_seminar_speakers_are_the_iom_experts_with_their_topics(seed):
    speakers = list(seed.event.speakers.select_related("official__organisation"))

    assert [s.official.full_name for s in speakers] == list(SEED_BULLETS)
    assert [s.official.organisation.name_en for s in speakers] == [
        "IOM Ecuador",
        "IOM Colombia",
        "IOM Costa Rica",
    ]
    assert all(s.topic_en and s.topic_fr and s.topic_es for s in speakers)
    assert "travail forcé" in speakers[2].topic_fr


def test_seed_press_contact_keeps_the_numbers_as_printed(seed):
    (contact,) = seed.press_contacts.all()

    assert contact.full_name == "Eduardo Carrillo"
    assert contact.office.name_en == "IOM Paraguay"
    assert contact.email == "ecarrillo@iom.int"
    assert contact.landline == "+595-21-296-882"
    assert contact.landline_e164 == "+59521296882"
    assert contact.mobile == "+595 21 981-50-90-20"
    assert contact.mobile_e164 == ""
    assert contact.needs_review


def test_seed_release_body_leaves_the_contact_to_the_contact_block(seed):
    for body in (seed.body_fr, seed.body_en):
        assert "ecarrillo@iom.int" not in body
        assert "296-882" not in body
        assert "Loi No. 4788/12" in body or "Law No. 4788/12" in body


def test_other_demo_contacts_are_fictional_with_numbers_that_validate(demo):
    others = PressContact.objects.exclude(full_name="Eduardo Carrillo")

    assert others.count() >= 3
    for contact in others:
        assert contact.email.endswith("@example.org")
        assert contact.mobile_e164 and contact.landline_e164
        assert not contact.needs_review
        assert contact.languages
    assert others.filter(full_name__regex=r"^[\u0600-\u06FF ]+$").exists()
    assert ReleaseContact.objects.exclude(contact__full_name="Eduardo Carrillo")


def test_demo_has_upcoming_events_in_several_time_zones(demo):
    upcoming = Event.objects.public().upcoming()

    assert upcoming.count() >= 2
    assert len({event.time_zone for event in upcoming}) == upcoming.count()
    assert all(event.organisers.exists() for event in upcoming)


def test_loading_the_demo_again_keeps_an_editors_changes(seed):
    other = PressContact.objects.exclude(pk__in=seed.press_contacts.all()).first()
    seed.release_contacts.all().delete()
    ReleaseContact.objects.create(release=seed, contact=other)
    seed.mentions.exclude(order=0).delete()

    call_command("load_demo", stdout=None)

    assert list(seed.press_contacts.all()) == [other]
    assert seed.mentions.count() == 1


def test_seed_release_shows_its_photo_captioned_and_credited_in_french_and_english(
    client, pictured_demo
):
    seed = pictured_demo
    hero = seed.hero_image
    french = client.get(f"/fr/releases/{seed.slug_fr}/").text
    english = client.get(f"/en/releases/{seed.slug_en}/").text

    assert hero.caption_fr in french and hero.caption_en in english
    assert hero.credit in french and hero.credit in english
    assert f'alt="{hero.alt_text_fr}"' in french.replace("&#x27;", "'")
    assert 'type="image/webp"' in french and ".webp 960w" in french
    assert seed.gallery.count() == 2 and seed.attachments.count() == 1
    # Saved with a GPS position, stored without one.
    with hero.file.open("rb") as original:
        from PIL import Image as Pillow

        assert not Pillow.open(original).getexif()


def test_loading_the_demo_twice_adds_no_second_picture(pictured_demo):
    pictures = Image.objects.count()

    call_command("load_demo", stdout=None)

    assert Image.objects.count() == pictures == 4
    assert Attachment.objects.count() == 1
