"""Failed sign-ins are recorded with the name tried and the address."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import Action, Entry
from tests.accounts.signing_in import sign_in, signed_in

CODE = "/admin/login/code/"

pytestmark = pytest.mark.django_db


def failures(action=Action.SIGN_IN_FAILED):
    return list(Entry.objects.filter(action=action))


def test_a_wrong_password_records_the_name_tried_and_the_address(client, editor):
    response = sign_in(client, "editor", "not the password", REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 200
    [entry] = failures()
    assert (entry.actor, entry.actor_name) == (None, "editor")
    assert entry.address == "203.0.113.9"


def test_a_name_no_one_has_is_recorded_as_tried(client, db):
    sign_in(client, "root", "admin", REMOTE_ADDR="2001:db8::7")

    [entry] = failures()
    assert (entry.actor_name, entry.address) == ("root", "2001:db8::7")


def test_a_right_password_records_no_failure(client, editor):
    sign_in(client, "editor")

    assert signed_in(client)
    assert not failures()


def test_a_forged_forwarded_for_is_not_believed_without_a_proxy(client, editor):
    sign_in(
        client,
        "editor",
        "wrong",
        REMOTE_ADDR="203.0.113.9",
        HTTP_X_FORWARDED_FOR="198.51.100.1",
    )

    assert failures()[0].address == "203.0.113.9"


def test_a_wrong_code_is_recorded_once_as_a_wrong_code(client, editor):
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    assert sign_in(client, "editor", REMOTE_ADDR="203.0.113.9")["Location"] == CODE

    response = client.post(CODE, {"code": "000000"}, REMOTE_ADDR="203.0.113.9")

    assert "That code is not right" in response.text
    assert not failures()
    [entry] = failures(Action.SIGN_IN_CODE_FAILED)
    assert (entry.actor, entry.actor_name) == (editor, "editor")
    assert entry.object_id == str(editor.pk)
    assert entry.address == "203.0.113.9"
