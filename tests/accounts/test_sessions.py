"""A session ends when the browser closes, or after 12 hours left alone."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from tests.accounts.signing_in import sign_in, signed_in

pytestmark = pytest.mark.django_db


def test_the_session_cookie_dies_with_the_browser(client, editor):
    response = sign_in(client, "editor")

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.value
    assert cookie["expires"] == ""
    assert cookie["max-age"] == ""
    assert cookie["httponly"] is True


def test_twelve_hours_without_a_request_end_the_session(client, editor):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        sign_in(client, "editor")

        clock.shift(timedelta(hours=11, minutes=59))
        assert signed_in(client)
        # Each request moves the end on: 11 more hours are fine.
        clock.shift(timedelta(hours=11))
        assert signed_in(client)

        clock.shift(timedelta(hours=12, minutes=1))
        response = client.get("/admin/")

        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_readers_of_public_pages_get_no_session(client, editor):
    for path in ("/en/", "/en/releases/", "/admin/login/"):
        response = client.get(path)

        assert response.status_code == 200
        assert settings.SESSION_COOKIE_NAME not in response.cookies
