from tests.factories import ReleaseFactory


def test_release_page_answers(client, db):
    release = ReleaseFactory()
    response = client.get(f"/en/releases/{release.slug_en}/")
    assert response.status_code == 200
    assert release.title_en in response.text
