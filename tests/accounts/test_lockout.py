"""Guessing passwords: ten failures lock the account and the address out."""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessFailureLog, AccessLog
from django.utils import timezone

from tests.accounts.signing_in import sign_in, signed_in, text
from tests.factories import user_in

LOCKED = "Too many failed sign-ins"
LOCKOUTS = "/admin/accounts/lockout/"

pytestmark = pytest.mark.django_db


def fail(client, username, times, **extra):
    return [sign_in(client, username, "wrong", **extra) for _ in range(times)]


def test_a_wrong_password_is_refused_with_the_admins_own_message(client, editor):
    response = sign_in(client, "editor", "not the password")

    assert response.status_code == 200
    assert "Please enter the correct username and password" in text(response)
    assert LOCKED not in text(response)
    assert not signed_in(client)


def test_ten_wrong_passwords_lock_out_the_right_one(client, editor):
    *before, tenth = fail(client, "editor", 10)

    assert {response.status_code for response in before} == {200}
    assert tenth.status_code == 429
    assert LOCKED in text(tenth)

    response = sign_in(client, "editor")

    assert response.status_code == 429
    assert LOCKED in text(response)
    assert "for the next 30 minutes, even with the right password" in text(response)
    assert not signed_in(client)


def test_the_lockout_follows_the_account_to_another_address(client, editor):
    fail(client, "editor", 10, REMOTE_ADDR="203.0.113.1")

    response = sign_in(client, "editor", REMOTE_ADDR="198.51.100.7")

    assert response.status_code == 429
    assert not signed_in(client)


def test_ten_failures_from_one_address_lock_it_out_for_every_account(client, editor):
    for username in ("ana", "bo", "cy", "di", "ed"):
        fail(client, username, 2, REMOTE_ADDR="203.0.113.1")

    response = sign_in(client, "editor", REMOTE_ADDR="203.0.113.1")

    assert response.status_code == 429
    assert not signed_in(client)
    # The account itself was never guessed at: from elsewhere it signs in.
    assert sign_in(client, "editor", REMOTE_ADDR="198.51.100.7").status_code == 302
    assert signed_in(client)


def test_the_lockout_ends_half_an_hour_after_the_last_try(client, editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        fail(client, "editor", 10)
        clock.shift(timedelta(minutes=29))
        assert sign_in(client, "editor").status_code == 429

        # That try started the half hour again.
        clock.shift(timedelta(minutes=29))
        assert sign_in(client, "editor").status_code == 429

        clock.shift(timedelta(minutes=31))
        response = sign_in(client, "editor")

        assert response.status_code == 302
        assert signed_in(client)


def test_a_few_mistakes_are_forgotten_once_the_right_password_is_typed(client, editor):
    fail(client, "editor", 9)
    assert sign_in(client, "editor").status_code == 302
    client.post("/admin/logout/")

    fail(client, "editor", 9)

    assert sign_in(client, "editor").status_code == 302
    assert signed_in(client)


def test_a_publisher_lifts_a_lockout(client, editor, publisher):
    fail(client, "editor", 10)
    publishing = type(client)()
    publishing.force_login(publisher)

    page = publishing.get(LOCKOUTS)

    assert page.status_code == 200
    assert "editor" in text(page)
    assert "Lift the lockout of the chosen sign-ins" in page.text
    chosen = [attempt.pk for attempt in page.context["cl"].result_list]

    response = publishing.post(
        LOCKOUTS, {"action": "lift", "_selected_action": chosen}, follow=True
    )

    assert "Lockout lifted" in text(response)
    assert publishing.get(LOCKOUTS).context["cl"].result_count == 0
    assert sign_in(client, "editor").status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize("role", ["Contributor", "Editor"])
def test_only_publishers_see_or_lift_lockouts(client, role):
    user = user_in(role, username="someone")
    fail(type(client)(), "editor", 10)
    client.force_login(user)

    assert client.get(LOCKOUTS).status_code == 403
    assert "Locked sign-ins" not in client.get("/admin/").text


def test_every_failure_and_lockout_is_recorded_for_publishers_to_read(
    client, editor, publisher
):
    fail(client, "editor", 10)
    sign_in(client, "editor")

    failures = AccessFailureLog.objects.filter(username="editor").order_by("pk")
    assert [failure.locked_out for failure in failures] == [False] * 9 + [True] * 2
    assert not AccessLog.objects.filter(username="editor").exists()

    publishing = type(client)()
    publishing.force_login(publisher)
    record = publishing.get("/admin/axes/accessfailurelog/")
    assert record.status_code == 200
    assert "editor" in text(record)


def test_a_sign_in_is_recorded(client, contributor):
    sign_in(client, "contributor", REMOTE_ADDR="198.51.100.7")

    (entry,) = AccessLog.objects.filter(username="contributor")
    assert entry.ip_address == "198.51.100.7"


@pytest.mark.parametrize(
    ("language", "username_label", "direction"),
    [("fr", "Nom d’utilisateur", "ltr"), ("ar", "اسم المستخدم", "rtl")],
)
def test_the_lockout_is_told_in_the_readers_language(
    client, editor, language, username_label, direction
):
    fail(client, "editor", 10)

    response = sign_in(client, "editor", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 429
    assert f'lang="{language}" dir="{direction}"' in response.text
    assert username_label in text(response)
    assert 'id="lockout"' in response.text
