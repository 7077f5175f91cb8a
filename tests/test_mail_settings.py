"""Mail goes to the SMTP server the environment names (EMAIL_HOST and
EMAIL_PORT, or EMAIL_URL), in development as in production; links in mail are
built from SITE_URL. A real SMTP server on a local port receives it."""

import pytest

from tests import test_production_settings
from tests.test_production_settings import manage

# Everything production requires, set (a fixture).
production = test_production_settings.production

PROBE = (
    "from django.conf import settings; "
    "print(settings.EMAIL_BACKEND, settings.SITE_URL, settings.DEFAULT_FROM_EMAIL)"
)


def send_test_email(environment):
    result = manage("sendtestemail", "reader@example.org", environment=environment)
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize("where", ["development", "production"])
def test_mail_goes_to_the_smtp_server_named_by_email_host_and_port(
    smtp_server,
    production,
    where,
):
    environment = production if where == "production" else {}
    send_test_email(
        {**environment, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_server.port)}
    )
    ((recipients, message),) = smtp_server.messages
    assert recipients == ["reader@example.org"]
    assert "Test email from" in message["Subject"]


def test_mail_goes_to_the_server_of_email_url(smtp_server):
    send_test_email({"EMAIL_URL": f"smtp://127.0.0.1:{smtp_server.port}"})
    assert len(smtp_server.messages) == 1


def test_development_without_a_mail_server_prints_mail_in_the_terminal(smtp_server):
    result = send_test_email({})
    assert "To: reader@example.org" in result.stdout
    assert smtp_server.messages == []


def test_links_in_mail_come_from_site_url(production):
    assert probe({})[1] == "http://127.0.0.1:8000"
    _backend, site_url, sender = probe({"SITE_URL": "https://news.example.org/"})
    assert site_url == "https://news.example.org"
    assert sender == "Newsroom <newsroom@news.example.org>"
    assert probe(production)[1] == "https://news.example.org"


def probe(environment):
    result = manage("shell", "-c", PROBE, environment=environment)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split(" ", 2)


def test_a_file_email_url_writes_mail_to_that_folder(tmp_path):
    folder = tmp_path / "mail"
    send_test_email({"EMAIL_URL": f"file://{folder}"})
    (written,) = folder.iterdir()
    assert "To: reader@example.org" in written.read_text()
