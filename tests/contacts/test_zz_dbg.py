import pytest
from tests.factories import PressContactFactory
@pytest.mark.django_db
def test_x(client):
    PressContactFactory(full_name="Eduardo Carrillo", mobile="+595 21 981-50-90-20")
    r = client.get("/en/contacts/")
    t = r.text
    i = t.find("Eduardo")
    print(t[i-200:i+1500])
