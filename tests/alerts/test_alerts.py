"""Email alerts, as a reader and a press office live them: subscribe,
confirm from the email, get each matching release once as it goes public —
at its embargo's second, never before — and unsubscribe in one click.
Mail goes through a real SMTP server on a local port; the job queue is
worked off as its worker works it."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from alerts.models import Delivery, DeliveryState, Subscriber, Subscription
from releases import workflow
from releases.models import Status
from tests.factories import PressContactFactory, ReleaseContactFactory, ReleaseFactory
from tests.importing.queue import work_off_the_queue, work_one

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https://news\.example\.org/\S+")


def subscribe(client, email="reader@example.org", language="en", **filters):
    return client.post(
        f"/{language}/alerts/", {"email": email, "frequency": "immediate", **filters}
    )


def confirm_link(message):
    text = message.get_body(("plain",)).get_content()
    (link,) = [url for url in LINK.findall(text) if "/alerts/confirm/" in url]
    return link.removeprefix("https://news.example.org")


def subscribed(client, inbox, email="reader@example.org", language="en", **filters):
    """Subscribe and confirm from the email, as a reader does."""
    assert subscribe(client, email, language, **filters).status_code == 200
    work_off_the_queue()
    (message,) = inbox.to(email)
    response = client.get(confirm_link(message))
    assert response.status_code == 200
    inbox.messages.clear()
    return response


def draft(**fields):
    return ReleaseFactory(
        status=Status.DRAFT, publish_at=None, first_published_at=None, **fields
    )


def test_the_list_offers_its_filters_by_email(client):
    page = client.get("/en/releases/?country=PY").content.decode()
    assert 'href="/en/alerts/?country=PY"' in page
    page = client.get("/en/alerts/?country=PY").content.decode()
    assert "Paraguay" in page
    assert 'name="country" value="PY"' in page


def test_filters_the_list_does_not_offer_are_refused_with_a_word(client):
    response = client.get("/en/alerts/?country=XX")
    assert response.status_code == 400
    assert "not ones the list offers" in response.content.decode()
    response = subscribe(client, country="XX")
    assert response.status_code == 400
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("email", ["", "not-an-address", "a@b", "x" * 300 + "@x.org"])
def test_a_bad_address_is_refused_and_nothing_is_sent(client, mail_to_smtp, email):
    response = subscribe(client, email)
    assert response.status_code == 400
    assert "Your email address" in response.content.decode()
    work_off_the_queue()
    assert mail_to_smtp.messages == []


def test_nothing_but_the_confirmation_is_sent_until_it_is_confirmed(
    client, mail_to_smtp, publisher
):
    assert subscribe(client).status_code == 200
    work_off_the_queue()
    (message,) = mail_to_smtp.to("reader@example.org")
    assert "Confirm" in message["Subject"]
    release = draft()
    workflow.publish_release(release=release, by=publisher)
    mail_to_smtp.messages.clear()
    work_off_the_queue()
    assert mail_to_smtp.messages == []


def test_a_confirmed_reader_gets_a_matching_release_once_with_its_contacts(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp, country="PY")
    subscribed(client, mail_to_smtp, email="other@example.org", country="SD")
    release = draft(
        title_en="Protecting migrants in Asunción",
        slug_en="protecting-migrants",
        summary_en="A workshop for prosecutors.",
        countries=["PY"],
    )
    contact = PressContactFactory(full_name="Ana Díaz", email="adiaz@iom.int")
    ReleaseContactFactory(release=release, contact=contact)

    workflow.publish_release(release=release, by=publisher)
    work_off_the_queue()

    (message,) = mail_to_smtp.to("reader@example.org")
    assert mail_to_smtp.to("other@example.org") == []
    assert message["Subject"] == "Protecting migrants in Asunción"
    text = message.get_body(("plain",)).get_content()
    assert "A workshop for prosecutors." in text
    assert "https://news.example.org/en/releases/protecting-migrants/" in text
    assert "Ana Díaz" in text and "adiaz@iom.int" in text
    html = message.get_body(("html",)).get_content()
    assert 'href="https://news.example.org/en/releases/protecting-migrants/"' in html
    # One-click unsubscribe (RFC 8058).
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(
        r"<https://news\.example\.org/en/alerts/unsubscribe/[\w-]+/>",
        message["List-Unsubscribe"].strip(),
    )

    # Published again (a correction): never a second email.
    workflow.publish_release(release=release, by=publisher)
    work_off_the_queue()
    assert len(mail_to_smtp.to("reader@example.org")) == 1


def test_an_embargoed_release_is_sent_at_its_second_and_not_before(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp)
    release = draft()
    lifts = timezone.now() + timedelta(hours=2)
    workflow.publish_release(release=release, by=publisher, at=lifts)

    work_off_the_queue()
    assert mail_to_smtp.messages == []
    with time_machine.travel(lifts - timedelta(seconds=1)):
        work_off_the_queue()
        assert mail_to_smtp.messages == []
    with time_machine.travel(lifts + timedelta(seconds=1)):
        work_off_the_queue()
    assert len(mail_to_smtp.to("reader@example.org")) == 1


def test_an_embargo_moved_later_sends_at_the_new_time_only(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp)
    release = draft()
    first = timezone.now() + timedelta(hours=1)
    later = first + timedelta(hours=3)
    workflow.publish_release(release=release, by=publisher, at=first)
    workflow.publish_release(release=release, by=publisher, at=later)

    with time_machine.travel(first + timedelta(minutes=1)):
        work_off_the_queue()
    assert mail_to_smtp.messages == []
    with time_machine.travel(later + timedelta(minutes=1)):
        work_off_the_queue()
    assert len(mail_to_smtp.to("reader@example.org")) == 1


def test_an_embargo_cancelled_before_its_time_sends_nothing(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp)
    release = draft()
    lifts = timezone.now() + timedelta(hours=1)
    workflow.publish_release(release=release, by=publisher, at=lifts)
    workflow.cancel_embargo(release=release, by=publisher)
    with time_machine.travel(lifts + timedelta(minutes=1)):
        work_off_the_queue()
    assert mail_to_smtp.messages == []


def test_a_release_withdrawn_before_its_turn_is_not_sent(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp)
    release = draft()
    workflow.publish_release(release=release, by=publisher)
    # The announcement ran; the batch has not yet when it is withdrawn.
    from django_tasks_db.models import DBTaskResult

    announce = DBTaskResult.objects.ready().get()
    work_one(announce)
    workflow.withdraw_release(release=release, by=publisher, note={"en": "Wrong."})
    work_off_the_queue()
    assert mail_to_smtp.messages == []
    assert Delivery.objects.get().state == DeliveryState.CANCELLED


def test_a_refusal_for_now_is_tried_again_later_and_one_for_good_is_not(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp, email="busy@example.org")
    subscribed(client, mail_to_smtp, email="gone@example.org")
    mail_to_smtp.refuse = {
        "busy@example.org": "451 4.3.0 Try again later",
        "gone@example.org": "550 5.1.1 No such mailbox",
    }
    workflow.publish_release(release=draft(), by=publisher)
    work_off_the_queue()
    states = dict(Delivery.objects.values_list("subscriber__email", "state"))
    assert states == {
        "busy@example.org": DeliveryState.RETRY,
        "gone@example.org": DeliveryState.FAILED,
    }
    mail_to_smtp.refuse = {}
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        work_off_the_queue()
    assert len(mail_to_smtp.to("busy@example.org")) == 1
    assert mail_to_smtp.to("gone@example.org") == []


def test_a_sender_stopped_mid_batch_sends_the_rest_and_never_one_twice(
    client, mail_to_smtp, publisher
):
    for n in range(3):
        subscribed(client, mail_to_smtp, email=f"reader{n}@example.org")
    workflow.publish_release(release=draft(), by=publisher)
    from django_tasks_db.models import DBTaskResult

    work_one(DBTaskResult.objects.ready().get(task_path__endswith="announce"))
    # A worker took the batch and stopped after sending the first email.
    first, *rest = Delivery.objects.order_by("pk")
    Delivery.objects.update(
        state=DeliveryState.SENDING,
        claimed_by="stopped",
        lease_until=timezone.now() - timedelta(seconds=1),
    )
    DBTaskResult.objects.filter(task_path__endswith="send_batch").delete()
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        work_off_the_queue()
    first.refresh_from_db()
    assert first.state == DeliveryState.UNKNOWN
    assert mail_to_smtp.to(first.subscriber.email) == []
    for delivery in rest:
        assert len(mail_to_smtp.to(delivery.subscriber.email)) == 1


def test_one_click_unsubscribe_needs_no_cookie_and_a_get_changes_nothing(
    client, mail_to_smtp, publisher
):
    subscribed(client, mail_to_smtp)
    subscriber = Subscriber.objects.get()
    url = f"/en/alerts/unsubscribe/{subscriber.token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert Subscription.objects.active().exists()
    # A mail program's one-click POST: no session, no CSRF token.
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscription.objects.active().exists()
    workflow.publish_release(release=draft(), by=publisher)
    work_off_the_queue()
    assert mail_to_smtp.messages == []


@pytest.mark.parametrize(
    "token, status",
    [("nonsense", 400), ("eyJzIjoxLCJlIjoicmVhZGVyQGV4YW1wbGUub3JnIn0:x:y", 400)],
)
def test_a_tampered_confirmation_link_confirms_nothing(client, token, status):
    response = client.get(f"/en/alerts/confirm/{token}/")
    assert response.status_code == status
    assert "This link does not work" in response.content.decode()


def test_an_old_confirmation_link_says_so(client, mail_to_smtp):
    subscribe(client)
    work_off_the_queue()
    (message,) = mail_to_smtp.messages and [m for _r, m in mail_to_smtp.messages]
    with time_machine.travel(timezone.now() + timedelta(days=4)):
        response = client.get(confirm_link(message))
    assert response.status_code == 410
    assert "too old" in response.content.decode()
    assert not Subscription.objects.active().exists()


def test_asking_twice_sends_one_confirmation_and_a_flood_is_stopped(
    client, mail_to_smtp
):
    subscribe(client)
    subscribe(client)
    work_off_the_queue()
    assert len(mail_to_smtp.to("reader@example.org")) == 1
    assert Subscription.objects.count() == 1
    for n in range(12):
        response = subscribe(client, email=f"victim{n}@example.org")
    assert response.status_code == 429
    assert Subscription.objects.count() == 10


def test_one_address_gets_a_few_confirmations_an_hour_whoever_asks(
    client, mail_to_smtp
):
    for n, country in enumerate(["PY", "SD", "SN", "TD", "ML", "NE"]):
        response = client.post(
            "/en/alerts/",
            {
                "email": "target@example.org",
                "frequency": "immediate",
                "country": country,
            },
            REMOTE_ADDR=f"10.0.0.{n}",
        )
        assert response.status_code == 200
    work_off_the_queue()
    assert len(mail_to_smtp.to("target@example.org")) == 3


def test_the_reader_changes_exports_and_deletes_their_alerts(client, mail_to_smtp):
    subscribed(client, mail_to_smtp, theme="")
    subscriber = Subscriber.objects.get()
    url = f"/en/alerts/manage/{subscriber.token}/"
    subscription = subscriber.subscriptions.get()
    response = client.post(
        url,
        {
            "action": "change",
            "subscription": subscription.pk,
            "frequency": "daily",
            "digest_hour": "7",
            "time_zone": "America/Asuncion",
        },
    )
    assert "Your alert is changed." in response.content.decode()
    subscription.refresh_from_db()
    assert (subscription.frequency, subscription.digest_hour) == ("daily", 7)
    data = client.post(url, {"action": "export"}).json()
    assert data["email"] == "reader@example.org"
    assert data["subscriptions"][0]["time_zone"] == "America/Asuncion"
    client.post(url, {"action": "delete"})
    assert not Subscriber.objects.exists()
    assert client.get(url).status_code == 404


def test_a_reader_who_subscribes_in_french_is_written_to_in_french(
    client, mail_to_smtp, publisher
):
    assert subscribe(client, language="fr").status_code == 200
    work_off_the_queue()
    (message,) = mail_to_smtp.to("reader@example.org")
    assert "/fr/alerts/confirm/" in confirm_link(message)
    client.get(confirm_link(message))
    mail_to_smtp.messages.clear()
    english_only = draft(title_en="English only")
    workflow.publish_release(release=english_only, by=publisher)
    both = draft(
        title_fr="Arrivées au Darién", slug_fr="arrivees", body_fr="<p>Texte.</p>"
    )
    workflow.publish_release(release=both, by=publisher)
    work_off_the_queue()
    (message,) = mail_to_smtp.to("reader@example.org")
    assert message["Subject"] == "Arrivées au Darién"
    assert (
        "https://news.example.org/fr/releases/arrivees/"
        in message.get_body(("plain",)).get_content()
    )


def test_an_arabic_email_reads_right_to_left(client, mail_to_smtp):
    subscribe(client, language="ar")
    work_off_the_queue()
    (message,) = mail_to_smtp.to("reader@example.org")
    assert 'dir="rtl"' in message.get_body(("html",)).get_content()
    assert 'lang="ar"' in message.get_body(("html",)).get_content()


def test_publishers_see_what_failed_and_send_it_again(
    client, mail_to_smtp, publisher, editor
):
    subscribed(client, mail_to_smtp, email="gone@example.org")
    mail_to_smtp.refuse = {"gone@example.org": "550 5.1.1 No such mailbox"}
    workflow.publish_release(release=draft(), by=publisher)
    work_off_the_queue()
    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.FAILED

    client.force_login(editor)
    assert client.get("/admin/alerts/subscriber/").status_code == 403
    client.force_login(publisher)
    page = client.get("/admin/alerts/delivery/?state=failed").content.decode()
    assert "gone@example.org" in page and "No such mailbox" in page
    mail_to_smtp.refuse = {}
    client.post(
        "/admin/alerts/delivery/",
        {"action": "send_again", "_selected_action": [delivery.pk]},
    )
    work_off_the_queue()
    assert len(mail_to_smtp.to("gone@example.org")) == 1
    page = client.get("/admin/alerts/alert/").content.decode()
    assert '<td class="field-sent">1</td>' in page


def test_a_daily_digest_comes_at_the_readers_hour_with_the_days_releases(
    client, mail_to_smtp, publisher
):
    day = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    with time_machine.travel(day, tick=False):
        assert (
            client.post(
                "/en/alerts/",
                {
                    "email": "digest@example.org",
                    "frequency": "daily",
                    "digest_hour": "8",
                    "time_zone": "America/Asuncion",  # UTC-3: 11:00 UTC
                },
            ).status_code
            == 200
        )
        work_off_the_queue()
        (message,) = mail_to_smtp.to("digest@example.org")
        client.get(confirm_link(message))
        mail_to_smtp.messages.clear()
    with time_machine.travel(day + timedelta(hours=2)):
        one = draft(title_en="First of the day")
        two = draft(title_en="Second of the day")
        workflow.publish_release(release=one, by=publisher)
        workflow.publish_release(release=two, by=publisher)
        work_off_the_queue()
    # Not as they are published: once a day, at 08:00 in Asunción.
    assert mail_to_smtp.messages == []
    with time_machine.travel(day + timedelta(days=1, hours=1, minutes=1)):
        work_off_the_queue()
    (digest,) = mail_to_smtp.to("digest@example.org")
    text = digest.get_body(("plain",)).get_content()
    assert "First of the day" in text and "Second of the day" in text
    assert "2 new releases" in digest["Subject"]
    # The next hour's run, and a second chain, send nothing more.
    with time_machine.travel(day + timedelta(days=1, hours=3)):
        work_off_the_queue()
    assert len(mail_to_smtp.to("digest@example.org")) == 1


def test_following_an_official_or_an_event_from_their_pages(
    client, mail_to_smtp, publisher
):
    from tests.factories import EventFactory, MentionFactory, OfficialFactory

    official = OfficialFactory(full_name="Amy Pope")
    event = EventFactory(title_en="Regional consultation", slug_en="consultation")
    named = draft(title_en="Amy Pope visits Chad")
    MentionFactory(release=named, official=official)
    # Their pages are there: a public release names each already.
    MentionFactory(release=ReleaseFactory(title_en="Already out"), official=official)
    ReleaseFactory(event=event, title_en="Out too")
    page = client.get(official.get_absolute_url()).content.decode()
    assert f'href="/en/alerts/?official={official.slug}"' in page
    page = client.get(event.get_absolute_url()).content.decode()
    assert 'href="/en/alerts/?event=consultation"' in page
    page = client.get(f"/en/alerts/?official={official.slug}").content.decode()
    assert "releases naming Amy Pope" in page

    subscribed(client, mail_to_smtp, email="pope@example.org", official=official.slug)
    subscribed(client, mail_to_smtp, email="event@example.org", event="consultation")
    on_event = draft(title_en="Consultation closes", event=event)
    workflow.publish_release(release=named, by=publisher)
    workflow.publish_release(release=on_event, by=publisher)
    workflow.publish_release(release=draft(title_en="Unrelated"), by=publisher)
    work_off_the_queue()

    assert [m["Subject"] for m in mail_to_smtp.to("pope@example.org")] == [
        "Amy Pope visits Chad"
    ]
    assert [m["Subject"] for m in mail_to_smtp.to("event@example.org")] == [
        "Consultation closes"
    ]
    assert client.get("/en/alerts/?official=nobody").status_code == 400


def test_the_alerts_pages_ask_the_database_little(
    client, mail_to_smtp, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        assert (
            client.get("/en/alerts/?country=PY&kind=press_release").status_code == 200
        )
    subscribed(client, mail_to_smtp)
    subscriber = Subscriber.objects.get()
    with django_assert_max_num_queries(6):
        assert client.get(f"/en/alerts/manage/{subscriber.token}/").status_code == 200
    with django_assert_max_num_queries(2):
        client.get(f"/en/alerts/unsubscribe/{subscriber.token}/")
    response = client.get("/en/alerts/")
    assert (
        response["Cache-Control"].startswith("max-age=0")
        or "no-cache" in (response["Cache-Control"])
    )
    assert response["X-Robots-Tag"] == "noindex"
