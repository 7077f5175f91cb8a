"""Two-factor sign-in: publishers must, everyone else may."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.accounts.signing_in import (
    key_on,
    recovery_codes_on,
    sign_in,
    signed_in,
    text,
    totp,
)

ENROL = "/admin/login/enrol/"
CODE = "/admin/login/code/"
TWO_FACTOR = "/admin/two-factor/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock():
    """Codes change every 30 seconds, and each is good once: tests move on."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def next_code(clock, key):
    clock.shift(timedelta(seconds=31))
    return totp(key)


def enrol_publisher(client, clock):
    """A publisher's first sign-in: password, then the app set up."""
    response = sign_in(client, "publisher")
    assert response.status_code == 302
    assert response["Location"] == ENROL
    key = key_on(client.get(ENROL))
    response = client.post(ENROL, {"code": totp(key)})
    client.post("/admin/logout/")
    return key, recovery_codes_on(response)


def test_a_publishers_first_sign_in_sets_up_an_app(client, publisher, clock):
    response = sign_in(client, "publisher")

    assert response.status_code == 302
    assert response["Location"] == ENROL
    # The password alone has opened nothing yet.
    assert not signed_in(client)

    page = client.get(ENROL)
    assert page.status_code == 200
    assert "Publishers sign in with a code" in text(page)
    svg = page.text[page.text.index("<svg") : page.text.index("</svg>")]
    assert "<path" in svg
    # The policy coming forbids inline style and script.
    assert "style=" not in svg
    assert "<script" not in svg
    key = key_on(page)
    assert len(key.replace(" ", "")) == 32

    wrong = client.post(ENROL, {"code": "000000"})
    assert wrong.status_code == 200
    assert "That code is not right" in text(wrong)
    assert not signed_in(client)

    clock.shift(timedelta(seconds=2))
    response = client.post(ENROL, {"code": totp(key)})

    assert response.status_code == 200
    codes = recovery_codes_on(response)
    assert len(codes) == len(set(codes)) == 10
    assert "shown only now" in text(response)
    assert signed_in(client)


def test_a_publisher_then_signs_in_with_the_apps_code(client, publisher, clock):
    key, _codes = enrol_publisher(client, clock)

    response = sign_in(client, "publisher")
    assert response["Location"] == CODE
    assert not signed_in(client)

    response = client.post(CODE, {"code": next_code(clock, key)})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert signed_in(client)


def test_a_code_is_good_only_once_and_only_now(client, publisher, clock):
    key, _codes = enrol_publisher(client, clock)
    code = next_code(clock, key)
    sign_in(client, "publisher")
    client.post(CODE, {"code": code})
    client.post("/admin/logout/")

    sign_in(client, "publisher")
    again = client.post(CODE, {"code": code})

    assert again.status_code == 200
    assert "That code is not right" in text(again)
    assert not signed_in(client)

    # The code step waits ten minutes after the password, no more.
    clock.shift(timedelta(minutes=11))
    stale = client.post(CODE, {"code": code})
    assert stale.status_code == 302
    assert stale["Location"] == "/admin/login/"
    assert not signed_in(client)


def test_a_recovery_code_signs_in_once(client, publisher, clock):
    _key, codes = enrol_publisher(client, clock)

    sign_in(client, "publisher")
    response = client.post(CODE, {"code": codes[0].upper()})

    assert response.status_code == 302
    assert signed_in(client)
    client.post("/admin/logout/")

    clock.shift(timedelta(seconds=5))
    sign_in(client, "publisher")
    response = client.post(CODE, {"code": codes[0]})

    assert "That code is not right" in text(response)
    assert not signed_in(client)
    clock.shift(timedelta(seconds=5))
    assert client.post(CODE, {"code": codes[1]}).status_code == 302


def test_a_password_alone_cannot_replace_the_app(client, publisher, clock):
    enrol_publisher(client, clock)

    sign_in(client, "publisher")
    response = client.get(ENROL)

    assert response.status_code == 302
    assert response["Location"] == CODE
    assert not signed_in(client)


def test_guessing_codes_locks_the_account_out(client, publisher, clock):
    _key, _codes = enrol_publisher(client, clock)
    sign_in(client, "publisher")

    for guess in range(10):
        clock.shift(timedelta(seconds=60))
        response = client.post(CODE, {"code": f"{guess:06d}"})

    assert response.status_code == 429
    assert "Too many failed sign-ins" in text(response)
    assert sign_in(client, "publisher").status_code == 429
    assert not signed_in(client)


def test_an_editor_signs_in_with_a_password_and_may_turn_two_factor_on(
    client, editor, clock
):
    assert sign_in(client, "editor")["Location"] == "/admin/"
    assert signed_in(client)
    assert "Two-factor sign-in" in text(client.get("/admin/"))

    page = client.get(TWO_FACTOR)
    assert "Two-factor sign-in is off" in text(page)
    key = key_on(client.get(ENROL))
    codes = recovery_codes_on(client.post(ENROL, {"code": totp(key)}))
    assert len(codes) == 10
    assert "Two-factor sign-in is on" in text(client.get(TWO_FACTOR))
    client.post("/admin/logout/")

    assert sign_in(client, "editor")["Location"] == CODE
    assert client.post(CODE, {"code": next_code(clock, key)}).status_code == 302
    assert signed_in(client)


def test_an_editor_may_turn_two_factor_off_with_a_code(client, editor, clock):
    client.force_login(editor)
    key = key_on(client.get(ENROL))
    client.post(ENROL, {"code": totp(key)})

    response = client.post(
        TWO_FACTOR, {"action": "off", "code": next_code(clock, key)}, follow=True
    )

    assert "Two-factor sign-in is off" in text(response)
    client.post("/admin/logout/")
    assert sign_in(client, "editor")["Location"] == "/admin/"


def test_a_publisher_cannot_turn_two_factor_off(client, publisher, clock):
    key, _codes = enrol_publisher(client, clock)
    sign_in(client, "publisher")
    client.post(CODE, {"code": next_code(clock, key)})

    page = client.get(TWO_FACTOR)
    assert "Turn off" not in text(page)
    client.post(TWO_FACTOR, {"action": "off", "code": next_code(clock, key)})
    client.post("/admin/logout/")

    assert sign_in(client, "publisher")["Location"] == CODE


def test_new_recovery_codes_replace_the_old(client, publisher, clock):
    key, old_codes = enrol_publisher(client, clock)
    sign_in(client, "publisher")
    client.post(CODE, {"code": next_code(clock, key)})

    new_codes = recovery_codes_on(client.post(TWO_FACTOR, {"action": "codes"}))
    client.post("/admin/logout/")

    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    sign_in(client, "publisher")
    assert "That code is not right" in text(client.post(CODE, {"code": old_codes[0]}))
    clock.shift(timedelta(seconds=5))
    assert client.post(CODE, {"code": new_codes[0]}).status_code == 302


def test_tests_and_scripts_still_sign_in_with_force_login(client, publisher):
    client.force_login(publisher)

    assert signed_in(client)
