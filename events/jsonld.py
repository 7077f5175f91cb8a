"""Events as schema.org JSON-LD."""

from contacts.jsonld import organisation_jsonld
from newsroom.core.jsonld import drop_empty


def event_jsonld(request, event):
    place = drop_empty(
        {
            "@type": "Place",
            "name": event.venue or event.city,
            "address": drop_empty(
                {
                    "@type": "PostalAddress",
                    "addressLocality": event.city,
                    "addressCountry": event.country.code or None,
                }
            ),
        }
    )
    return drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "description": event.description,
            "startDate": event.local_start().isoformat(),
            "endDate": event.local_end().isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": place,
            "organizer": [organisation_jsonld(o) for o in event.organisers.all()],
            "sponsor": [organisation_jsonld(o) for o in event.supporters.all()],
            "performer": [
                drop_empty(
                    {
                        "@type": "Person",
                        "name": speaker.official.full_name,
                        "jobTitle": speaker.official.position,
                        "url": request.build_absolute_uri(
                            speaker.official.get_absolute_url()
                        ),
                    }
                )
                for speaker in event.speakers.all()
            ],
            "url": request.build_absolute_uri(event.get_absolute_url()),
        }
    )
