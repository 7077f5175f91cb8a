"""Accredited journalists: they apply, the press office approves, refuses or
withdraws, and they read embargoed releases before they lift — marked,
never cached, never listed, each opening recorded — while anyone else gets
404. Their accounts never reach the admin, a draft or a preview."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from journalists.models import Accreditation, AdvanceCopy, Opening, State
from releases.models import Status
from tests.factories import ReleaseFactory
from tests.importing.queue import work_off_the_queue
from tests.pictures import AttachmentFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a long and unusual passphrase 42"
LIFTS = datetime(2026, 12, 10, 14, 0, tzinfo=UTC)
NOW = LIFTS - timedelta(hours=2)


def apply(client, email="ana@lanacion.com.py", language="en", **fields):
    data = {
        "full_name": "Ana Benítez",
        "outlet": "La Nación",
        "work_email": email,
        "languages": ["es", "en"],
        "countries": ["PY"],
        "password": PASSWORD,
        "password_again": PASSWORD,
        **fields,
    }
    return client.post(f"/{language}/journalists/apply/", data)


def accredited(client, publisher, email="ana@lanacion.com.py", **fields):
    assert apply(client, email, **fields).status_code == 200
    accreditation = Accreditation.objects.get(work_email=email)
    client.force_login(publisher)
    client.post(
        "/admin/journalists/accreditation/",
        {"action": "approve", "_selected_action": [accreditation.pk]},
    )
    client.logout()
    assert (
        client.post(
            "/en/journalists/sign-in/", {"username": email, "password": PASSWORD}
        ).status_code
        == 302
    )
    accreditation.refresh_from_db()
    return accreditation


def embargoed(**fields):
    return ReleaseFactory(
        status=Status.PUBLISHED,
        publish_at=LIFTS,
        first_published_at=LIFTS,
        title_en="Sudan: 12 million displaced",
        slug_en="sudan-12-million",
        **fields,
    )


@pytest.fixture(autouse=True)
def the_day_before():
    with time_machine.travel(NOW, tick=True):
        yield


def test_an_application_waits_for_the_press_office(client, mail_to_smtp):
    response = apply(client)
    assert response.status_code == 200
    assert "Your application is in" in response.content.decode()
    accreditation = Accreditation.objects.get()
    assert accreditation.state == State.APPLIED
    assert not accreditation.user.is_active
    assert not accreditation.user.is_staff
    # Not yet: the sign-in says so.
    response = client.post(
        "/en/journalists/sign-in/",
        {"username": "ana@lanacion.com.py", "password": PASSWORD},
    )
    assert response.status_code == 200
    assert "do not open an accreditation" in response.content.decode()


@pytest.mark.parametrize(
    "fields, error",
    [
        ({"work_email": "not-an-email"}, "Work email"),
        ({"password_again": "something else entirely"}, "not the same"),
        ({"password": "123", "password_again": "123"}, "too short"),
        ({"languages": []}, "Languages you read"),
        ({"countries": ["XX"]}, "Countries you cover"),
    ],
)
def test_a_bad_application_is_refused_with_a_clear_word(client, fields, error):
    response = apply(client, **fields)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Accreditation.objects.exists()


def test_the_same_address_twice_and_a_flood_are_refused(client):
    apply(client)
    response = apply(client)
    assert response.status_code == 400
    assert "exists already" in response.content.decode()
    for n in range(6):
        response = apply(client, email=f"n{n}@example.org")
    assert response.status_code == 429


def test_an_accredited_journalist_reads_the_embargoed_release_marked_and_private(
    client, publisher, mail_to_smtp
):
    release = embargoed()
    document = AttachmentFactory(release=release)
    accreditation = accredited(client, publisher)
    work_off_the_queue()
    (decision,) = mail_to_smtp.to("ana@lanacion.com.py")
    # In the first language they read.
    assert decision["Subject"].strip() == "Está acreditado ante Newsroom"

    page = client.get("/en/journalists/embargoed/")
    assert "Sudan: 12 million displaced" in page.content.decode()
    response = client.get(f"/en/journalists/embargoed/{release.pk}/")
    text = response.content.decode()
    assert response.status_code == 200
    assert (
        "Embargoed until 14:00 UTC, 10 December — not for publication before then"
        in text
    )
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in text
    assert 'rel="canonical"' not in text
    # Its documents, through a checked address.
    link = f"/en/journalists/embargoed/{release.pk}/documents/{document.pk}/"
    assert link in text
    assert client.get(link).status_code == 200
    assert Opening.objects.get().accreditation == accreditation

    # Anyone else: the same 404 as for a release that does not exist.
    client.logout()
    assert client.get(f"/en/journalists/embargoed/{release.pk}/").status_code == 404
    assert client.get(link).status_code == 404
    assert client.get("/en/journalists/embargoed/").status_code == 404
    assert client.get(release.get_absolute_url()).status_code == 404
    assert client.get(document.get_download_url()).status_code == 404


def test_an_embargoed_page_is_never_cached_for_anyone_else(client, publisher, settings):
    settings.PAGE_CACHE = True
    cache.clear()
    release = embargoed()
    accredited(client, publisher)
    assert client.get(f"/en/journalists/embargoed/{release.pk}/").status_code == 200
    client.logout()
    assert client.get(f"/en/journalists/embargoed/{release.pk}/").status_code == 404


def test_a_withdrawal_takes_effect_at_the_next_request(client, publisher):
    release = embargoed()
    accreditation = accredited(client, publisher)
    assert client.get(f"/en/journalists/embargoed/{release.pk}/").status_code == 200
    journalist_session = client.cookies.copy()
    client.force_login(publisher)
    client.post(
        "/admin/journalists/accreditation/",
        {"action": "withdraw", "_selected_action": [accreditation.pk]},
    )
    client.cookies = journalist_session
    assert client.get(f"/en/journalists/embargoed/{release.pk}/").status_code == 404
    accreditation.refresh_from_db()
    assert accreditation.state == State.WITHDRAWN


def test_a_journalist_never_reaches_the_admin_a_draft_or_a_preview(client, publisher):
    draft = ReleaseFactory(
        status=Status.DRAFT, publish_at=None, first_published_at=None
    )
    accredited(client, publisher)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get(f"/en/journalists/embargoed/{draft.pk}/").status_code == 404
    assert client.get(draft.preview_url_in("en")).status_code == 404
    response = client.post(
        "/admin/login/", {"username": "ana@lanacion.com.py", "password": PASSWORD}
    )
    assert response.status_code == 200  # refused: not a staff account


def test_once_it_lifts_the_journalists_address_leads_to_the_public_page(
    client, publisher
):
    release = embargoed()
    accredited(client, publisher)
    with time_machine.travel(LIFTS + timedelta(minutes=1)):
        response = client.get(f"/en/journalists/embargoed/{release.pk}/")
    assert response.status_code == 302
    assert response["Location"] == release.get_absolute_url()


def test_a_publisher_sends_it_ahead_to_the_journalists_who_cover_it(
    client, publisher, mail_to_smtp
):
    release = embargoed(countries=["PY"])
    accredited(client, publisher)
    accredited(
        client, publisher, email="sahel@lemonde.fr", languages=["fr"], countries=[]
    )
    accredited(client, publisher, email="dakar@example.org", countries=["SN"])
    work_off_the_queue()
    mail_to_smtp.messages.clear()
    client.force_login(publisher)
    for _twice in range(2):
        response = client.post(
            "/admin/releases/release/",
            {"action": "send_to_journalists", "_selected_action": [release.pk]},
            follow=True,
        )
        work_off_the_queue()
    assert "goes to 1 accredited journalist" in response.content.decode()
    (copy,) = mail_to_smtp.to("ana@lanacion.com.py")
    notice = "Embargoed until 14:00 UTC, 10 December — not for publication before then"
    assert copy["Subject"].strip().startswith(f"[{notice}]")
    assert mail_to_smtp.to("sahel@lemonde.fr") == []  # reads no language it has
    assert mail_to_smtp.to("dakar@example.org") == []  # covers another country
    assert AdvanceCopy.objects.get().sent_at is not None

    # The release's page in the admin says who opened it.
    client.logout()
    client.post(
        "/en/journalists/sign-in/",
        {"username": "ana@lanacion.com.py", "password": PASSWORD},
    )
    client.get(f"/en/journalists/embargoed/{release.pk}/")
    client.force_login(publisher)
    page = client.get(f"/admin/releases/release/{release.pk}/change/")
    assert "Opened under embargo by accredited journalists" in page.content.decode()
    assert "Ana Benítez" in page.content.decode()


def test_the_application_reads_in_arabic_right_to_left(client):
    response = client.get("/ar/journalists/apply/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_a_release_lifted_before_its_copies_went_sends_none(
    client, publisher, mail_to_smtp
):
    release = embargoed()
    accredited(client, publisher)
    work_off_the_queue()
    mail_to_smtp.messages.clear()
    client.force_login(publisher)
    client.post(
        "/admin/releases/release/",
        {"action": "send_to_journalists", "_selected_action": [release.pk]},
    )
    with time_machine.travel(LIFTS + timedelta(seconds=1)):
        work_off_the_queue()
    assert mail_to_smtp.messages == []
    assert timezone.now() < LIFTS


def test_only_publishers_see_the_journalists_and_what_they_opened(
    client, editor, contributor
):
    apply(client)
    for user in (editor, contributor):
        client.force_login(user)
        assert client.get("/admin/journalists/accreditation/").status_code == 403
        assert client.get("/admin/alerts/subscriber/").status_code == 403
