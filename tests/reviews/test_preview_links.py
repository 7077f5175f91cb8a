"""A preview link: a draft, in-review or embargoed release shown to a
reviewer without an account, as it is now, never cached or indexed; each
opening recorded; expired, revoked, tampered or guessed, a plain 404."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from releases.models import Status
from reviews.models import Opening, PreviewLink, Remark
from tests.factories import ReleaseFactory, user_in

pytestmark = pytest.mark.django_db


def draft(**fields):
    return ReleaseFactory(
        **{
            "title_en": "Draft on the seminar",
            "slug_en": "draft-on-the-seminar",
            "body_en": "<p>Prosecutors will meet.</p>",
            "status": Status.DRAFT,
            "publish_at": None,
            "first_published_at": None,
            **fields,
        }
    )


def link_to(release, **fields):
    return PreviewLink.objects.create(
        release=release, reviewer="Ministry of Justice", language="en", **fields
    )


def test_a_reviewer_without_an_account_reads_the_draft_as_it_is_now(client):
    release = draft()
    link = link_to(release)
    release.body_en = "<p>Prosecutors met on Tuesday.</p>"
    release.save()

    response = client.get(link.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview — not published" in page
    assert "Prosecutors met on Tuesday." in page
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex">' in page
    assert response["Referrer-Policy"] == "same-origin"
    assert 'rel="canonical"' not in page
    assert Opening.objects.filter(link=link).count() == 1


@pytest.mark.parametrize(
    "state",
    [
        {"status": Status.IN_REVIEW},
        {
            "status": Status.PUBLISHED,
            "publish_at": timezone.now() + timedelta(days=2),
        },
    ],
    ids=["in review", "embargoed"],
)
def test_in_review_and_embargoed_releases_open_too(client, state):
    link = link_to(draft(**state))

    assert client.get(link.get_absolute_url()).status_code == 200


def test_a_link_to_one_release_cannot_open_another(client):
    mine = draft()
    draft(title_en="Other", slug_en="other")
    link = link_to(mine)

    page = client.get(link.get_absolute_url()).content.decode()

    assert "Draft on the seminar" in page
    assert "Other" not in re.sub(r"<[^>]+>", "", page).split()


def test_a_revoked_link_answers_404_at_the_next_request(client):
    link = link_to(draft())
    address = link.get_absolute_url()
    assert client.get(address).status_code == 200

    link.revoked_at = timezone.now()
    link.save()

    response = client.get(address)
    assert response.status_code == 404
    assert "Draft on the seminar" not in response.content.decode()


def test_an_expired_link_answers_404(client):
    link = link_to(draft(), expires_at=timezone.now() - timedelta(seconds=1))

    assert client.get(link.get_absolute_url()).status_code == 404


def test_a_tampered_or_guessed_link_answers_the_same_404(client):
    link = link_to(draft())
    secret, signature = link.token.rsplit(":", 1)

    for token in [
        f"{secret}:{signature[:-2]}xx",
        f"{secret[:-1]}A:{signature}",
        secret,
        "guess",
        link.secret,
    ]:
        response = client.get(f"/en/review/{token}/")
        assert response.status_code == 404, token
        assert "Draft on the seminar" not in response.content.decode()
    assert not Opening.objects.exists()


def test_a_link_to_a_release_since_published_sends_to_its_public_page(client):
    release = draft()
    link = link_to(release)
    release.status = Status.PUBLISHED
    release.publish_at = release.first_published_at = timezone.now()
    release.save()

    response = client.get(link.get_absolute_url())

    assert response.status_code == 302
    assert response["Location"] == release.url_in("en")


def test_preview_links_never_appear_on_a_public_surface(client):
    release = draft()
    link = link_to(release)
    client.get(link.get_absolute_url())

    for path in ["/en/", "/en/releases/", "/en/releases/feed/", "/sitemap.xml"]:
        assert link.secret not in client.get(path).content.decode()


def test_a_reviewer_leaves_a_remark_when_the_link_allows(client):
    release = draft()
    link = link_to(release, allows_remarks=True)
    address = link.get_absolute_url()
    assert "Your remarks for the press office" in client.get(address).content.decode()

    response = client.post(
        address,
        {
            "reviewer_name": "Ana Pérez",
            "kind": "fact_check",
            "text": "The law is No. 4788/12.",
        },
    )

    assert response.status_code == 302
    remark = Remark.objects.get()
    assert (remark.release, remark.link, remark.reviewer_name) == (
        release,
        link,
        "Ana Pérez",
    )
    assert remark.text == "The law is No. 4788/12."


def test_a_remark_without_its_text_is_refused_and_nothing_saved(client):
    link = link_to(draft(), allows_remarks=True)

    response = client.post(link.get_absolute_url(), {"reviewer_name": "Ana"})

    assert response.status_code == 400
    assert not Remark.objects.exists()


def test_no_remark_through_a_link_that_does_not_allow_them(client):
    link = link_to(draft())

    response = client.post(
        link.get_absolute_url(), {"reviewer_name": "A", "kind": "remark", "text": "x"}
    )

    assert response.status_code == 404
    assert "Your remarks" not in client.get(link.get_absolute_url()).content.decode()
    assert not Remark.objects.exists()


def test_an_editor_makes_a_link_in_the_admin_and_revokes_it(client):
    editor = user_in("Editor")
    client.force_login(editor)
    release = draft(created_by=editor)

    form = client.get(f"/admin/reviews/previewlink/add/?release={release.pk}")
    assert form.status_code == 200
    response = client.post(
        "/admin/reviews/previewlink/add/",
        {
            "release": release.pk,
            "reviewer": "Ministry of Justice",
            "language": "en",
            "expires_at_0": (timezone.localdate() + timedelta(days=7)).isoformat(),
            "expires_at_1": "12:00:00",
            "openings-TOTAL_FORMS": "0",
            "openings-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    link = PreviewLink.objects.get()
    assert link.created_by == editor
    page = client.get(response["Location"]).content.decode()
    assert link.get_absolute_url() in page

    client.post(
        "/admin/reviews/previewlink/",
        {"action": "revoke", "_selected_action": [link.pk]},
    )
    link.refresh_from_db()
    assert link.revoked_by == editor
    client.logout()
    assert client.get(link.get_absolute_url()).status_code == 404


def test_remarks_show_beside_the_release_in_order_with_who_and_when(client):
    editor = user_in("Editor")
    release = draft(created_by=editor)
    link = link_to(release, allows_remarks=True)
    Remark.objects.create(release=release, author=editor, text="Is the date right?")
    Remark.objects.create(
        release=release, link=link, reviewer_name="Ana", text="Yes, 10 May."
    )
    client.force_login(editor)

    page = client.get(f"/admin/releases/release/{release.pk}/change/").content.decode()

    remarks = re.search(r'<ol class="remarks">(.*?)</ol>', page, re.S).group(1)
    assert remarks.index("Is the date right?") < remarks.index("Yes, 10 May.")
    assert "editor" in remarks
    assert "Ana (Ministry of Justice)" in remarks
    # Never public.
    assert "Is the date right?" not in client.get(link.get_absolute_url()).text
