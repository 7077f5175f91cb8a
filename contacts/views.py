from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from contacts.forms import ContactFilterForm
from contacts.models import PressContact
from contacts.vcard import vcard_for
from newsroom.jsonld import drop_empty, jsonld_script


def directory():
    return PressContact.objects.active().select_related("office__parent")


@require_safe
def contact_list(request):
    """Active press contacts by country and office, filterable by country."""
    contacts = list(directory())
    codes = {c.office.country.code for c in contacts if c.office.country}
    form = ContactFilterForm(request.GET or None, codes)
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
        contacts = []
    elif form.is_bound and (code := form.cleaned_data["country"]):
        contacts = [c for c in contacts if c.office.country.code == code]
    contacts.sort(
        key=lambda c: (
            str(c.office.country.name) if c.office.country else "~",
            c.office.name,
            (c.family_name or c.full_name.rpartition(" ")[2]).casefold(),
        )
    )
    return render(
        request,
        "contacts/presscontact_list.html",
        {
            "form": form,
            "contacts": contacts,
            "jsonld": jsonld_script(
                [contact_point_jsonld(request, c) for c in contacts]
            )
            if contacts
            else "",
        },
        status=status,
    )


@require_safe
def contact_vcard(request, slug):
    contact = directory().filter(slug=slug).first()
    if contact is None:
        raise Http404
    url = request.build_absolute_uri(contact.get_absolute_url())
    host = request.get_host().split(":")[0]
    return HttpResponse(
        vcard_for(contact, url, uid=f"press-contact-{contact.pk}@{host}"),
        content_type="text/vcard; charset=utf-8",
        headers={
            "Content-Disposition": content_disposition_header(True, f"{slug}.vcf")
        },
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
