"""A release's old addresses keep working after its slug changes."""

import pytest
from django.core.exceptions import ValidationError

from releases.models import Release, Status
from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db


def rename(release, **slugs):
    release = Release.objects.get(pk=release.pk)
    for field, value in slugs.items():
        setattr(release, field, value)
    release.save()
    return release


def test_a_changed_slug_redirects_permanently_to_the_new_address(client):
    release = ReleaseFactory(slug_en="old-address")
    rename(release, slug_en="new-address")

    response = client.get("/en/releases/old-address/")

    assert response.status_code == 301
    assert response["Location"] == "/en/releases/new-address/"
    assert client.get("/en/releases/new-address/").status_code == 200


def test_every_old_slug_keeps_redirecting_after_several_changes(client):
    release = ReleaseFactory(slug_en="first")
    release = rename(release, slug_en="second")
    rename(release, slug_en="third")

    assert client.get("/en/releases/first/")["Location"] == "/en/releases/third/"
    assert client.get("/en/releases/second/")["Location"] == "/en/releases/third/"


def test_an_old_french_slug_redirects_to_the_french_address(client):
    release = ReleaseFactory(
        title_fr="Communiqué", body_fr="<p>Texte.</p>", slug_fr="ancien"
    )
    rename(release, slug_fr="nouveau")

    response = client.get("/fr/releases/ancien/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/releases/nouveau/"


def test_an_old_slug_of_a_draft_is_a_plain_404(client):
    release = ReleaseFactory(slug_en="was-public", status=Status.DRAFT)
    rename(release, slug_en="now-draft")

    assert client.get("/en/releases/was-public/").status_code == 404


def test_another_release_cannot_take_an_old_slug(client):
    release = ReleaseFactory(slug_en="taken-before")
    rename(release, slug_en="taken-now")
    other = ReleaseFactory.build(slug_en="taken-before")

    with pytest.raises(ValidationError) as error:
        other.full_clean()

    assert "slug_en" in error.value.message_dict


def test_a_title_that_would_give_an_old_slug_gets_another(client):
    release = ReleaseFactory(slug_en="floods-in-pakistan")
    rename(release, slug_en="pakistan-floods")

    other = ReleaseFactory(title_en="Floods in Pakistan", slug_en="")

    assert other.slug_en == "floods-in-pakistan-2"


def test_going_back_to_an_old_slug_makes_it_current_again(client):
    release = ReleaseFactory(slug_en="back-and-forth")
    release = rename(release, slug_en="elsewhere")
    rename(release, slug_en="back-and-forth")

    assert client.get("/en/releases/back-and-forth/").status_code == 200
    assert client.get("/en/releases/elsewhere/")["Location"] == (
        "/en/releases/back-and-forth/"
    )


def test_saving_without_a_new_slug_costs_one_query(django_assert_num_queries):
    release = Release.objects.get(pk=ReleaseFactory().pk)
    # Not a searched field either: a corrected summary would also refresh the
    # search index on PostgreSQL.
    release.region = "americas"

    with django_assert_num_queries(1):
        release.save()
