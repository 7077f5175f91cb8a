from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from contacts.forms import ContactFilterForm
from contacts.jsonld import contact_point_jsonld
from contacts.models import PressContact
from contacts.names import name_key
from contacts.vcard import vcard_for
from newsroom.core.jsonld import jsonld_script
from newsroom.core.old_slugs import formerly
from newsroom.core.pages import public_page


def directory():
    return PressContact.objects.active().select_related("office__parent")


@require_safe
@public_page
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
    contacts.sort(key=directory_order)
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


def directory_order(contact):
    """By country, office and family name, as readers expect them in their
    language (accents ignored); offices with no country last."""
    country = contact.office.country
    family = contact.family_name or contact.full_name.rpartition(" ")[2]
    return (
        not country,
        name_key(str(country.name)) if country else "",
        name_key(contact.office.name),
        name_key(family),
    )


@require_safe
@public_page
def contact_vcard(request, slug):
    contact = directory().filter(slug=slug).first()
    if contact is None:
        # The contact's card from before their slug changed: the current one.
        if (moved := formerly(PressContact.objects.active(), slug)) is None:
            raise Http404
        return redirect(moved.vcard_url(), permanent=True)
    url = request.build_absolute_uri(contact.get_absolute_url())
    host = request.get_host().split(":")[0]
    return HttpResponse(
        vcard_for(contact, url, uid=f"press-contact-{contact.pk}@{host}"),
        content_type="text/vcard; charset=utf-8",
        headers={
            "Content-Disposition": content_disposition_header(True, f"{slug}.vcf")
        },
    )
