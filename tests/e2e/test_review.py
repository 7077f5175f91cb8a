"""A reviewer without an account opens a preview link, in French, reads the
draft with its banner and leaves a fact-check for the press office."""

import pytest
from playwright.sync_api import expect

from releases.models import Status
from reviews.models import PreviewLink, Remark
from tests.factories import ReleaseFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reviewer_opens_a_preview_link_without_signing_in(
    live_server, page, screenshot
):
    release = ReleaseFactory(
        original_language="fr",
        title_fr="Séminaire sur la traite",
        slug_fr="seminaire-sur-la-traite",
        body_fr="<p>La loi n° 4788/12 a été saluée.</p>",
        status=Status.IN_REVIEW,
        publish_at=None,
        first_published_at=None,
    )
    link = PreviewLink.objects.create(
        release=release,
        reviewer="Ministère public du Paraguay",
        language="fr",
        allows_remarks=True,
    )

    page.goto(live_server.url + link.get_absolute_url())

    expect(page.locator(".banner--preview")).to_contain_text("Aperçu")
    expect(page.get_by_role("heading", level=1)).to_have_text("Séminaire sur la traite")
    screenshot(page, "review-link-fr")
    page.get_by_label("Votre nom").fill("Ana Pérez")
    page.get_by_label("Votre remarque").fill("Le numéro de la loi est exact.")
    page.get_by_role("button", name="Envoyer la remarque").click()

    expect(page.get_by_role("status").last).to_contain_text("Merci")
    remark = Remark.objects.get()
    assert (remark.reviewer_name, remark.release_id) == ("Ana Pérez", release.pk)
