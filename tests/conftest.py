import pytest

from tests.factories import user_in


@pytest.fixture
def contributor(db):
    return user_in("Contributor")


@pytest.fixture
def editor(db):
    return user_in("Editor")


@pytest.fixture
def publisher(db):
    return user_in("Publisher")
