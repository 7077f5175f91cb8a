"""End to end on PostgreSQL: a real worker process (`manage.py db_worker`)
and a real SMTP server. A reader subscribes and confirms; a release goes
public under embargo; the email arrives within seconds after the embargo
lifts, and not before."""

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from alerts.models import Delivery, DeliveryState
from releases import workflow
from releases.models import Status
from releases.roles import sync_groups
from tests.alerts.test_alerts import confirm_link, subscribe
from tests.factories import ReleaseFactory, user_in
from tests.servers import (
    fixture_server_database,  # noqa: F401 (a fixture)
    server_environment,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker(server_database, smtp_server, tmp_path):
    """`manage.py db_worker` for the alerts queue, as `make worker` runs it."""
    log = tmp_path / "worker.log"
    environment = server_environment(
        server_database,
        {
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_server.port),
            "SITE_URL": "https://news.example.org",
        },
    )
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--queue-name",
                "default,alerts",
                "--interval",
                "0.2",
                "--no-reload",
                "--no-startup-delay",
            ],
            cwd=Path(django_settings.BASE_DIR),
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    print(log.read_text())


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_email_arrives_seconds_after_the_embargo_and_not_before(
    client, smtp_server, worker, settings
):
    sync_groups()
    settings.SITE_URL = "https://news.example.org"
    publisher = user_in("Publisher")
    assert subscribe(client).status_code == 200
    assert wait_for(lambda: smtp_server.to("reader@example.org"), 20)
    (confirmation,) = smtp_server.to("reader@example.org")
    assert client.get(confirm_link(confirmation)).status_code == 200
    smtp_server.messages.clear()

    release = ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        title_en="Sudan: displacement passes 12 million",
    )
    lifts = timezone.now() + timedelta(seconds=4)
    workflow.publish_release(release=release, by=publisher, at=lifts)

    assert not wait_for(lambda: smtp_server.messages, 3)
    assert timezone.now() < lifts
    assert wait_for(lambda: smtp_server.messages, 10)
    arrived = timezone.now()
    (message,) = smtp_server.to("reader@example.org")
    assert message["Subject"] == "Sudan: displacement passes 12 million"
    assert arrived >= lifts
    assert (arrived - lifts).total_seconds() < 5
    assert wait_for(
        lambda: Delivery.objects.filter(state=DeliveryState.SENT).count() == 1, 5
    )

    # One click from the mail program ends it.
    unsubscribe = message["List-Unsubscribe"].strip().strip("<>")
    response = client.post(
        unsubscribe.removeprefix("https://news.example.org"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200


def test_an_accredited_journalist_reads_it_before_it_lifts_and_no_one_else(
    client, smtp_server, worker, settings
):
    """On PostgreSQL with the worker running: the application, the decision
    email the worker sends, and the embargoed page."""
    from journalists.models import Accreditation
    from tests.journalists.test_accreditation import PASSWORD, apply

    sync_groups()
    publisher = user_in("Publisher")
    release = ReleaseFactory(
        status=Status.PUBLISHED,
        publish_at=timezone.now() + timedelta(hours=1),
        first_published_at=timezone.now() + timedelta(hours=1),
    )
    assert apply(client).status_code == 200
    accreditation = Accreditation.objects.get()
    client.force_login(publisher)
    client.post(
        "/admin/journalists/accreditation/",
        {"action": "approve", "_selected_action": [accreditation.pk]},
    )
    assert wait_for(lambda: smtp_server.to("ana@lanacion.com.py"), 20)
    client.logout()
    page = f"/en/journalists/embargoed/{release.pk}/"
    assert client.get(page).status_code == 404
    client.post(
        "/en/journalists/sign-in/",
        {"username": "ana@lanacion.com.py", "password": PASSWORD},
    )
    response = client.get(page)
    assert response.status_code == 200
    assert "not for publication before then" in response.content.decode()
