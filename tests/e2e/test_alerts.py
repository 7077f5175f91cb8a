"""A reader subscribes to alerts in French from the list, and confirms from
the email that arrives."""

import pytest
from playwright.sync_api import expect

from alerts.models import Subscription
from tests.alerts.test_alerts import confirm_link
from tests.importing.queue import work_off_the_queue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_subscribes_in_french_and_confirms_from_the_email(
    live_server, new_page, mail_to_smtp, screenshot
):
    reader = new_page(locale="fr-FR")
    reader.goto(f"{live_server.url}/fr/releases/?country=PY")
    reader.get_by_role("link", name="Recevoir ces communiqués par e-mail").click()
    expect(reader.locator("main")).to_contain_text("Paraguay")
    reader.get_by_label("Votre adresse e-mail").fill("lectrice@example.org")
    reader.get_by_label("Un récapitulatif quotidien").check()
    reader.get_by_label("Récapitulatif à").select_option("7")
    screenshot(reader, "alerts-subscribe-fr")
    reader.get_by_role("button", name="S’abonner").click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(
        "Consultez votre boîte de réception"
    )

    work_off_the_queue()
    (message,) = mail_to_smtp.to("lectrice@example.org")
    assert message["Subject"] == "Confirmez vos alertes par e-mail de Newsroom"
    reader.goto(live_server.url + confirm_link(message))
    expect(reader.get_by_role("heading", level=1)).to_have_text(
        "Vos alertes sont activées"
    )
    screenshot(reader, "alerts-confirmed-fr")
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is not None
    assert (subscription.language, subscription.frequency) == ("fr", "daily")
    assert subscription.digest_hour == 7
    assert subscription.filters == {"country": "PY"}
