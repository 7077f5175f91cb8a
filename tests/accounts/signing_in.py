"""Signing in as a person does: the login form, then the code from a phone."""

import base64
import hashlib
import hmac
import re
import struct
import time
from html import unescape

from django.utils.html import strip_tags

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def totp(key):
    """The code an authenticator app shows now for this key (RFC 6238)."""
    secret = key.replace(" ", "").upper()
    secret += "=" * (-len(secret) % 8)
    counter = struct.pack(">Q", int(time.time()) // 30)
    digest = hmac.new(base64.b32decode(secret), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def key_on(response):
    """The key the enrolment page shows beside its QR code."""
    return re.search(r'id="two-factor-key">([A-Z2-7 ]+)<', response.text).group(1)


def recovery_codes_on(response):
    return re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.text)


def text(response):
    """What the person sees on the page, whatever its status, in one line."""
    return " ".join(unescape(strip_tags(response.text)).split())
