"""The demo's accounts (``make users``) sign in on a fresh ``make run``."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from tests.accounts.signing_in import key_on, sign_in, signed_in, totp

pytestmark = pytest.mark.django_db


def demo_users():
    out = StringIO()
    call_command("demo_users", stdout=out)
    return dict(re.findall(r"^  (\w+) +(\S+) +\(", out.getvalue(), re.MULTILINE))


def test_the_demo_publisher_signs_in_by_setting_up_an_app(client):
    passwords = demo_users()

    assert sign_in(client, "publisher", passwords["publisher"])["Location"] == (
        "/admin/login/enrol/"
    )
    key = key_on(client.get("/admin/login/enrol/"))
    client.post("/admin/login/enrol/", {"code": totp(key)})
    assert signed_in(client)
    client.post("/admin/logout/")

    # Asked again (a lost phone, a new demo), the publisher starts afresh.
    passwords = demo_users()
    response = sign_in(client, "publisher", passwords["publisher"])
    assert response["Location"] == "/admin/login/enrol/"


def test_the_demo_editor_signs_in_with_the_printed_password(client):
    passwords = demo_users()

    assert sign_in(client, "editor", passwords["editor"])["Location"] == "/admin/"
    assert signed_in(client)
