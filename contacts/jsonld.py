"""People, organisations and press contacts as schema.org JSON-LD."""

from newsroom.core.jsonld import drop_empty


def organisation_jsonld(organisation):
    return drop_empty(
        {
            "@type": "Organization",
            "name": organisation.name,
            "alternateName": organisation.acronym,
            "url": organisation.website,
        }
    )


def person_jsonld(request, official):
    organisation = official.organisation
    return drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": official.full_name,
            "honorificPrefix": official.honorific,
            "jobTitle": official.position,
            "worksFor": organisation_jsonld(organisation) if organisation else None,
            "image": request.build_absolute_uri(
                official.portrait.rendition("w960-jpeg").url
            )
            if official.portrait
            else None,
            "description": official.bio,
            "url": request.build_absolute_uri(official.get_absolute_url()),
        }
    )


def contact_point_jsonld(request, contact):
    """A press contact as a schema.org ContactPoint."""
    phones = contact.phones()
    return drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "ContactPoint",
            "contactType": "press",
            "name": contact.full_name,
            "email": contact.email,
            # A number a machine can dial first; one to review only if none is.
            "telephone": next(
                (p["tel"] for p in phones if p["tel"]),
                phones[0]["printed"] if phones else "",
            ),
            "availableLanguage": contact.languages,
            "areaServed": contact.office.country.code or "",
            "url": request.build_absolute_uri(contact.get_absolute_url()),
        }
    )
