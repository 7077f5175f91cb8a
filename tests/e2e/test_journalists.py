"""A journalist applies for accreditation, a publisher approves it in the
admin, and the journalist reads a release under embargo, marked as such."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from journalists.models import Opening
from releases.models import Status
from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long and unusual passphrase 42"


@pytest.fixture(autouse=True)
def roles(transactional_db):
    sync_groups()


def test_a_journalist_applies_is_approved_and_reads_an_embargoed_release(
    live_server, new_page, log_in, screenshot
):
    lifts = (timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    release = ReleaseFactory(
        status=Status.PUBLISHED,
        publish_at=lifts,
        first_published_at=lifts,
        title_en="Sudan: 12 million displaced",
        slug_en="sudan-12-million",
    )

    journalist = new_page(locale="en-GB")
    journalist.goto(f"{live_server.url}/en/journalists/apply/")
    journalist.get_by_label("Your full name").fill("Ana Benítez")
    journalist.get_by_label("Outlet").fill("La Nación")
    journalist.get_by_label("Work email").fill("ana@lanacion.com.py")
    journalist.get_by_label("Spanish").check()
    journalist.get_by_label("English").check()
    journalist.get_by_label("Password", exact=True).fill(PASSWORD)
    journalist.get_by_label("Password again").fill(PASSWORD)
    screenshot(journalist, "journalist-apply")
    journalist.get_by_role("button", name="Apply").click()
    expect(journalist.get_by_role("heading", level=1)).to_have_text(
        "Your application is in"
    )

    office = new_page()
    log_in(office, live_server, user_in("Publisher"))
    office.goto(f"{live_server.url}/admin/journalists/accreditation/")
    office.locator("#result_list tbody tr", has_text="Ana Benítez").locator(
        "input.action-select"
    ).check()
    office.locator("select[name=action]").select_option("approve")
    office.locator("button[name=index]").click()
    expect(office.locator(".messagelist")).to_contain_text("1 journalist accredited")

    journalist.goto(f"{live_server.url}/en/journalists/sign-in/")
    journalist.get_by_label("Work email").fill("ana@lanacion.com.py")
    journalist.get_by_label("Password").fill(PASSWORD)
    journalist.get_by_role("button", name="Sign in").click()
    expect(journalist.get_by_role("heading", level=1)).to_have_text(
        "Releases under embargo"
    )
    journalist.get_by_role("link", name="Sudan: 12 million displaced").click()
    expect(journalist.locator(".banner--embargo")).to_contain_text(
        "not for publication before then"
    )
    expect(journalist.get_by_role("heading", level=1)).to_have_text(
        "Sudan: 12 million displaced"
    )
    screenshot(journalist, "journalist-embargoed-release")
    assert Opening.objects.filter(release=release).count() == 1

    reader = new_page()
    response = reader.goto(f"{live_server.url}/en/journalists/embargoed/{release.pk}/")
    assert response.status == 404
