"""Importing old releases into drafts: what lands in the database, what an
editor finds in the admin, and what readers see (nothing, until published
and confirmed)."""

import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation

from contacts.models import Official, Organisation, PressContact
from importing.models import ImportedText
from releases import workflow
from releases.models import Mention, Release, ReleaseContact, Status
from tests.admin_people import logged_in
from tests.factories import OfficialFactory, PressContactFactory, visible_text
from tests.importing.drafts import (
    ATTORNEYS_GENERAL,
    EXPERTS,
    TITLE,
    people_listed,
    run,
    seed_release,
)
from tests.importing.sources import SEED

pytestmark = pytest.mark.django_db


# ----- the seed, imported -----


def test_the_seed_becomes_one_french_draft_with_its_facts():
    report = run(SEED)

    release = seed_release()
    assert "1 draft created" in report
    assert release.status == Status.DRAFT
    assert release.publish_at is None
    assert release.original_language == "fr"
    assert release.languages() == ["fr"]
    assert release.kind == "press_release"
    assert release.region == "global"
    assert release.dateline_place_fr == "Paraguay"
    assert {c.code for c in release.countries} >= {
        "PY", "CR", "UY", "BR", "EC", "CO", "AR", "MX", "ES"
    }  # fmt: skip
    assert release.summary_fr.startswith("Organisée par le Ministère public")
    body = release.body_fr
    assert body.startswith("<p>Organisée par le Ministère public")
    assert body.count("<li>") == 3
    assert "Pour plus d" not in body
    assert "ecarrillo@iom.int" not in body
    assert release.imported_from.source.endswith(SEED.name)


def test_the_seeds_press_contact_keeps_every_number_as_printed():
    run(SEED)

    (contact,) = seed_release().press_contacts.all()
    assert contact.full_name == "Eduardo Carrillo"
    assert contact.email == "ecarrillo@iom.int"
    assert str(contact.office) == "IOM Paraguay"
    assert contact.office.country.code == "PY"
    assert contact.landline == "+595-21-296-882"
    assert contact.landline_e164 == "+59521296882"
    # Too many digits: kept exactly as printed, flagged, never "corrected".
    assert contact.mobile == "+595 21 981-50-90-20"
    assert contact.mobile_e164 == ""
    assert contact.needs_review


def test_the_officials_named_are_proposed_not_confirmed():
    run(SEED)

    release = seed_release()
    mentions = list(release.mentions.select_related("official"))
    named = {mention.official.full_name: mention.official for mention in mentions}
    assert set(named) == set(ATTORNEYS_GENERAL) | EXPERTS
    for name, position in ATTORNEYS_GENERAL.items():
        assert named[name].position_fr == position
    assert named["Javier Diaz Verón"].country.code == "PY"
    assert named["Gaby Rengifo"].organisation.name_fr == "OIM en Colombie"
    assert named["Gaby Rengifo"].organisation.country.code == "CO"
    assert not any(mention.confirmed for mention in mentions)
    assert not any(official.confirmed for official in named.values())


def test_importing_the_same_file_twice_leaves_one_draft():
    run(SEED)
    first = seed_release()

    report = run(SEED)

    assert "1 draft updated" in report
    assert Release.objects.count() == 1
    assert seed_release().pk == first.pk
    assert PressContact.objects.count() == 1
    assert Official.objects.count() == 7
    assert Mention.objects.count() == 7
    assert ReleaseContact.objects.count() == 1
    assert (
        Organisation.objects.filter(name_en="IOM Paraguay").count()
        + (Organisation.objects.filter(name_fr="IOM Paraguay").count())
        == 1
    )
    assert ImportedText.objects.count() == 1


def test_a_corrected_file_updates_its_draft(tmp_path):
    run(SEED)
    corrected = tmp_path / "seminaire.txt"
    corrected.write_text(
        SEED.read_text().replace(
            "Le séminaire a connu", "Le séminaire, très suivi, a connu"
        )
    )

    run(corrected)

    assert Release.objects.count() == 1
    assert "très suivi" in seed_release().body_fr


def test_a_draft_edited_since_its_import_is_left_alone():
    run(SEED)
    release = seed_release()
    release.summary_fr = "Résumé écrit par un éditeur."
    release.save()

    report = run(SEED)

    assert "edited after the last import" in report
    assert seed_release().summary_fr == "Résumé écrit par un éditeur."


def test_a_published_release_is_never_changed_by_an_import(publisher):
    run(SEED)
    workflow.publish_release(release=seed_release(), by=publisher)

    report = run(SEED)

    assert "skipped" in report
    assert seed_release().status == Status.PUBLISHED
    assert Release.objects.count() == 1


def test_known_people_and_contacts_are_linked_not_duplicated():
    known_official = OfficialFactory(full_name="Javier Díaz Verón", position_fr="")
    known_contact = PressContactFactory(
        full_name="Eduardo Carrillo",
        email="ECarrillo@iom.int",
        landline="+595 21 296 882",
        mobile="",
    )

    report = run(SEED)

    assert Official.objects.filter(name_key="javier diaz veron").count() == 1
    known_official.refresh_from_db()
    assert known_official.confirmed
    # A blank filled, nothing overwritten.
    assert known_official.position_fr == "Procureur général du Paraguay"
    assert list(seed_release().press_contacts.all()) == [known_contact]
    known_contact.refresh_from_db()
    assert known_contact.landline == "+595 21 296 882"
    assert known_contact.mobile == "+595 21 981-50-90-20"
    assert PressContact.objects.count() == 1
    mention = Mention.objects.get(official=known_official)
    assert not mention.confirmed
    assert "+ press contact" not in report


def test_a_different_number_on_file_is_kept_and_the_printed_one_reported():
    PressContactFactory(
        full_name="Eduardo Carrillo",
        email="ecarrillo@iom.int",
        landline="+41 22 717 91 11",
    )

    report = run(SEED)

    contact = PressContact.objects.get()
    assert contact.landline == "+41 22 717 91 11"
    assert "+595-21-296-882" in report
    assert "+595-21-296-882" in " ".join(seed_release().imported_from.warnings)


def test_a_dry_run_writes_nothing():
    out = io.StringIO()
    call_command(
        "import_releases",
        str(SEED),
        dry_run=True,
        json=True,
        stdout=out,
        stderr=io.StringIO(),
    )

    (entry,) = json.loads(out.getvalue())
    assert entry["title"] == TITLE
    assert Release.objects.count() == 0
    assert PressContact.objects.count() == 0
    assert Official.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_a_date_printed_in_the_text_is_the_drafts_publication_date(tmp_path):
    text = tmp_path / "geneva.txt"
    text.write_text(
        "Press Release\nGlobal\n\nIOM Welcomes New Funding\n\n"
        "Geneva, 11 September 2019 – The International Organization for Migration "
        "welcomes the new funding announced today for its work in the Sahel.\n"
    )

    run(text)

    release = Release.objects.get()
    assert release.status == Status.DRAFT
    assert release.publish_at.date().isoformat() == "2019-09-11"
    assert release.dateline_place_en == "Geneva"
    assert not Release.objects.public().exists()


# ----- what readers see -----


def test_proposed_mentions_are_in_the_preview_and_hidden_from_readers(
    client, publisher, django_assert_max_num_queries
):
    run(SEED)
    release = seed_release()
    workflow.publish_release(release=release, by=publisher)
    url = release.url_in("fr")

    with django_assert_max_num_queries(8):
        public = client.get(url)

    assert public.status_code == 200
    assert people_listed(public) == ""
    assert "Eduardo Carrillo" in visible_text(public)
    official = Official.objects.get(full_name="Javier Diaz Verón")
    assert client.get(official.get_absolute_url()).status_code == 404

    logged_in(client, publisher)
    preview = client.get(release.preview_url_in("fr"))
    assert "Javier Diaz Verón" in people_listed(preview)
    # Each marked as proposed, in the page's language.
    assert preview.content.decode().count('class="proposed"') == 7
    assert "proposée par l’importation" in people_listed(preview)
    # The summary the import took from the first paragraph is shown once.
    assert visible_text(preview).count("Organisée par le Ministère public") == 1


def test_confirmed_officials_and_mentions_reach_readers(client, publisher):
    run(SEED)
    release = seed_release()
    workflow.publish_release(release=release, by=publisher)
    official = Official.objects.get(full_name="Javier Diaz Verón")
    official.confirmed = True
    official.save()
    Mention.objects.filter(official=official).update(confirmed=True)

    page = client.get(release.url_in("fr"))

    assert "Javier Diaz Verón" in people_listed(page)
    assert "Jorge Diaz Almeida" not in people_listed(page)
    with translation.override("fr"):
        assert client.get(official.get_absolute_url()).status_code == 200
