"""A release as a PDF, /<lang>/releases/<slug>.pdf: the page laid out for
print, in its language (Arabic right to left, in a font that has its
letters), holding nothing the page does not, and cached like the page."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import SuspiciousOperation
from django.utils import timezone
from PIL import ImageFile
from pypdf import PdfReader

from newsroom.core.pdf import read_local
from releases.models import Status
from tests.factories import (
    MentionFactory,
    OfficialFactory,
    ReleaseContactFactory,
    ReleaseFactory,
)
from tests.releases.reader_pages import in_four_languages

pytestmark = pytest.mark.django_db

# A release's PDF: the release's own few queries, with its links.
PDF_QUERIES = 12


def read(response):
    """The PDF's text, its language, its fonts and whether it is tagged."""
    assert response["Content-Type"] == "application/pdf"
    document = PdfReader(io.BytesIO(response.content))
    root = document.trailer["/Root"]
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in document.pages
        for font in page["/Resources"]["/Font"].values()
    }
    return {
        "text": "\n".join(page.extract_text() for page in document.pages),
        "language": str(root.get("/Lang")),
        "fonts": fonts,
        "tagged": "/StructTreeRoot" in root,
        "title": document.metadata.title,
        "pages": len(document.pages),
    }


def release_with_contact(**kwargs):
    release = in_four_languages(
        dateline_place_fr="Asunción",
        body_fr="<p>Les procureurs de la région se sont réunis.</p>"
        '<p>Voir <a href="https://example.org/rapport">le rapport</a>.</p>',
        **kwargs,
    )
    ReleaseContactFactory(
        release=release,
        contact__full_name="Eduardo Carrillo",
        contact__email="ecarrillo@example.org",
        contact__landline="+595-21-296-882",
    )
    return release


def test_a_french_release_is_a_tagged_pdf_in_french_with_its_text_and_contacts(
    client, django_assert_max_num_queries
):
    release = release_with_contact()

    with django_assert_max_num_queries(PDF_QUERIES):
        response = client.get(release.pdf_url_in("fr"))

    assert response.status_code == 200
    assert (
        response["Content-Disposition"]
        == 'inline; filename="seminaire-au-paraguay.pdf"'
    )
    pdf = read(response)
    assert pdf["language"] == "fr"
    assert pdf["tagged"]
    assert pdf["title"].startswith("Séminaire au Paraguay")
    text = " ".join(pdf["text"].split())
    assert "Séminaire au Paraguay" in text
    assert "Asunción – Les procureurs de la région se sont réunis." in text
    # Links are spelled out on paper.
    assert "le rapport <https://example.org/rapport>" in text
    assert "Eduardo Carrillo" in text
    assert "ecarrillo@example.org" in text
    assert "+595 21 296 882" in text
    # Where to read it online closes it.
    assert "http://testserver/fr/releases/seminaire-au-paraguay/" in text
    # The site's navigation and footer are not printed.
    assert "Skip to main content" not in text
    assert "Aller au contenu" not in text
    assert "Alertes par courriel" not in text


def test_an_arabic_release_is_in_arabic_with_a_font_that_covers_it(client):
    release = release_with_contact(
        body_ar="<p>عقد المدعون العامون في المنطقة اجتماعا.</p>"
    )

    response = client.get(release.pdf_url_in("ar"))

    pdf = read(response)
    assert pdf["language"] == "ar"
    assert any("Arabic" in font for font in pdf["fonts"]), pdf["fonts"]
    assert "اجتماعا" in pdf["text"]
    assert "باراغواي" in pdf["text"]
    # Its address is printed in Arabic letters, not percent-escapes.
    assert "%D9" not in pdf["text"]


def test_the_release_page_links_to_its_pdf(client):
    release = in_four_languages()

    page = client.get(release.url_in("es")).text

    assert f'href="{release.pdf_url_in("es")}"' in page
    assert release.pdf_url_in("es") == "/es/releases/seminario-en-paraguay.pdf"


def test_the_pdf_holds_only_what_the_page_shows(client):
    release = in_four_languages()
    shown = OfficialFactory(full_name="Rodrigo Janot")
    proposed = OfficialFactory(full_name="Hidden Person")
    MentionFactory(release=release, official=shown)
    MentionFactory(release=release, official=proposed, confirmed=False)

    text = read(client.get(release.pdf_url_in("en")))["text"]

    assert "Rodrigo Janot" in text
    assert "Hidden Person" not in text


@pytest.mark.parametrize(
    "state",
    [
        {"status": Status.DRAFT, "first_published_at": None},
        {"status": Status.IN_REVIEW, "first_published_at": None},
        {
            "publish_at": timezone.now() + timedelta(days=1),
            "first_published_at": None,
        },
    ],
    ids=["draft", "in review", "embargoed"],
)
def test_there_is_no_pdf_of_a_release_readers_cannot_read(client, state):
    release = in_four_languages(**state)

    assert client.get(release.pdf_url_in("en")).status_code == 404


def test_a_withdrawn_release_s_pdf_says_it_was_withdrawn(client):
    release = in_four_languages(
        status=Status.WITHDRAWN,
        withdrawn_at=timezone.now(),
        withdrawal_note_en="Figures were wrong.",
    )

    text = read(client.get(release.pdf_url_in("en")))["text"]

    assert "Withdrawn on" in text
    assert "Figures were wrong." in text


def test_a_pdf_in_a_language_the_release_is_not_in_sends_readers_to_one_it_is(
    client,
):
    ReleaseFactory(title_en="Only English", slug_en="only-english")

    response = client.get("/fr/releases/only-english.pdf")

    assert response.status_code == 302
    assert response["Location"] == "/en/releases/only-english.pdf"


def test_an_old_slug_s_pdf_moves_for_good_to_the_new_one(client):
    release = in_four_languages()
    release.slug_en = "seminar-in-asuncion"
    release.save()

    response = client.get("/en/releases/seminar-in-paraguay.pdf")

    assert response.status_code == 301
    assert response["Location"] == "/en/releases/seminar-in-asuncion.pdf"


def test_a_pdf_has_one_address_whatever_is_added_to_it(client):
    release = in_four_languages()

    response = client.get(release.pdf_url_in("en") + "?utm_source=x&v=2")

    assert response.status_code == 301
    assert response["Location"] == release.pdf_url_in("en")


def test_an_unknown_release_s_pdf_is_404(client):
    assert client.get("/en/releases/no-such-release.pdf").status_code == 404


def test_the_pdf_is_cached_like_the_page(
    client, settings, django_assert_max_num_queries
):
    settings.SHARED_CACHE = True
    settings.PAGE_CACHE = True
    release = in_four_languages()
    address = release.pdf_url_in("en")
    first = client.get(address)

    with django_assert_max_num_queries(0):
        again = client.get(address)
    assert again.content == first.content
    assert "public" in again["Cache-Control"]
    assert client.get(address, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_pdf_reads_only_this_site_s_static_files_and_pictures():
    site = "http://testserver/"

    stylesheet, kind = read_local("http://testserver/static/css/newsroom.css", site)
    assert b"@media print" in stylesheet
    assert kind == "text/css"
    for refused in [
        "http://example.org/static/css/newsroom.css",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "http://testserver/static/../newsroom/settings.py",
        "http://testserver/media/../private/x.pdf",
        "http://testserver/en/releases/",
    ]:
        with pytest.raises((ValueError, OSError, SuspiciousOperation)):
            read_local(refused, site)


def test_making_a_pdf_leaves_pillow_refusing_truncated_pictures(client):
    """WeasyPrint tells Pillow to open cut-off pictures; the upload checks
    need it not to."""
    client.get(in_four_languages().pdf_url_in("en"))

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
