"""The production headers score A+ as the MDN HTTP Observatory scores a site
(the rules, ported, in tests/observatory.py; its score table, with its source,
in tests/observatory_rules.json).

The settings are production's (``DJANGO_ENV=production``), read in a fresh
process as a server reads them, and applied to this process's test client.
"""

import json

import pytest

from tests.factories import ReleaseFactory
from tests.observatory import HOST, observatory
from tests.test_production_settings import manage

# The settings that shape what a response's headers say, as production has them.
PROBE = """
import json
from django.conf import settings
prefixes = ("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "LANGUAGE_COOKIE_")
names = [name for name in dir(settings) if name.startswith(prefixes)]
names += ["X_FRAME_OPTIONS", "PERMISSIONS_POLICY", "MIDDLEWARE", "ALLOWED_HOSTS"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


@pytest.fixture(scope="module")
def production_settings(tmp_path_factory):
    environment = {
        "DJANGO_ENV": "production",
        "SECRET_KEY": "observatory-" + "x" * 50,
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('db') / 'unused.db'}",
    }
    result = manage("shell", "-c", PROBE, environment=environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(settings, production_settings):
    for name, value in production_settings.items():
        setattr(settings, name, value)
    return settings


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/en/releases/", "/admin/login/"])
def test_production_headers_score_a_plus(production, path):
    ReleaseFactory()

    results, score, grade = observatory(path)

    assert grade == "A+", (score, results)
    assert score >= 100, results
    assert results["content-security-policy"] == (
        "csp-implemented-with-no-unsafe-default-src-none"
    )
    assert results["redirection"] == "redirection-to-https"
    assert results["cookies"] in (
        "cookies-not-found",
        "cookies-secure-with-httponly-sessions-and-samesite",
    )


@pytest.mark.django_db
def test_without_the_policy_the_site_scores_as_measured_before_it(production):
    # What the Observatory measured on the site before it had the policy: a B.
    production.MIDDLEWARE = [
        name
        for name in production.MIDDLEWARE
        if not name.startswith("newsroom.headers.")
    ]

    results, score, grade = observatory("/")

    assert results["content-security-policy"] == "csp-not-implemented"
    assert (score, grade) == (75, "B")
