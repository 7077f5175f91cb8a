import re
import pytest
pytestmark = pytest.mark.django_db

def test_explore(client, editor):
    client.force_login(editor)
    for url in ["/admin/contacts/official/add/", "/admin/contacts/presscontact/add/", "/admin/releases/event/add/", "/admin/contacts/organisation/add/"]:
        r = client.get(url)
        print(url, r.status_code)
        print(sorted(set(re.findall(r'name="([^"]+)"', r.text))))
