"""The organisations an import files press contacts and officials under.

Found by name or acronym in any language, or by acronym and country; the
list is read once and kept between the files of one run.
"""

from contacts.models import Organisation, OrganisationKind
from importing.people import find_acronym
from importing.places import find_countries
from newsroom.core.languages import in_every_language
from newsroom.core.text import fold


class Offices:
    """The organisations on file, as one import run has seen and made them."""

    def __init__(self):
        self._organisations = None

    def forget(self):
        """Read them again next time: what a failed file made was rolled back."""
        self._organisations = None

    def organisation(self, printed, language, *, make=True):
        """The organisation named ``printed`` ("IOM Paraguay", "OIM en
        Equateur"), found by name or by acronym and country; made when it
        is not known and ``make``."""
        organisations = self._known()
        key = _org_key(printed)
        for organisation, keys in organisations:
            if key in keys:
                return organisation
        acronym = find_acronym(printed)
        codes = find_countries(printed, any_case=True)
        country = codes[0] if codes else ""
        if acronym and country:
            for organisation, _keys in organisations:
                if organisation.country == country and acronym in _acronyms(
                    organisation
                ) | _acronyms(organisation.parent):
                    return organisation
        if not make:
            return None
        root = self.root_for(acronym)
        organisation = Organisation(
            kind=root.kind if root else OrganisationKind.OTHER,
            parent=root,
            country=country,
        )
        setattr(organisation, f"name_{language}", printed[:200])
        organisation.save()
        organisations.append((organisation, _keys_of(organisation)))
        return organisation

    def root_for(self, acronym):
        """Our own organisation ("IOM"), by its acronym when one is given."""
        for organisation, _keys in self._known():
            if organisation.parent_id is not None:
                continue
            if acronym and acronym in _acronyms(organisation):
                return organisation
            if not acronym and organisation.kind == OrganisationKind.OWN_OFFICE:
                return organisation
        return None

    def _known(self):
        if self._organisations is None:
            self._organisations = [
                (organisation, _keys_of(organisation))
                for organisation in Organisation.objects.select_related("parent")
            ]
        return self._organisations


def _org_key(name):
    return " ".join(fold(name).replace("’", "'").split())


def _keys_of(organisation):
    """Its names and acronyms in every language, as ``_org_key`` compares them."""
    return {
        _org_key(value)
        for field_name in in_every_language("name", "acronym")
        if (value := getattr(organisation, field_name))
    }


def _acronyms(organisation):
    if organisation is None:
        return set()
    return {
        value
        for field_name in in_every_language("acronym")
        if (value := getattr(organisation, field_name))
    }
