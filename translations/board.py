"""The translation board: things × languages, each cell a state, filtered
and counted in a fixed number of queries whatever the archive's size."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from contacts.models import Official, Organisation
from events.models import Event
from newsroom.core.languages import LANGUAGE_CODES, LANGUAGE_NAMES
from newsroom.core.pages import fragment
from releases.models import ReleaseContact
from translations.models import Standing, TranslationState
from translations.states import KINDS

PER_PAGE = 50
SORTS = {
    "-dated": ("-dated", "-object_id"),
    "dated": ("dated", "object_id"),
    "label": ("label", "object_id"),
    "-changed": ("-source_changed_at", "-object_id"),
}


class BoardForm(forms.Form):
    """The board's filters, from the address: a bad value is said, never a 500."""

    kind = forms.ChoiceField(
        label=_("What"),
        choices=[(key, kind.label) for key, kind in KINDS.items()],
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("All languages")), *LANGUAGE_NAMES.items()],
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *Standing.choices],
        required=False,
    )
    office = forms.ModelChoiceField(
        label=_("Office"),
        queryset=Organisation.objects.all(),
        required=False,
        empty_label=_("All offices"),
    )
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    q = forms.CharField(label=_("Title contains"), required=False, max_length=200)
    sort = forms.ChoiceField(
        label=_("Order"),
        choices=[
            ("-dated", _("Newest first")),
            ("dated", _("Oldest first")),
            ("label", _("By title")),
            ("-changed", _("Original changed most recently")),
        ],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offices are few; their names in the admin's language.
        self.fields["office"].queryset = Organisation.objects.filter(
            kind__in=["own_office"]
        ).order_by("name")

    def value(self, name, default=""):
        return (self.cleaned_data.get(name) if self.is_valid() else None) or default


def office_ids(kind, office):
    """The things of ``kind`` an office answers for, as a subquery."""
    if kind.key == "release":
        return ReleaseContact.objects.filter(contact__office=office).values(
            "release_id"
        )
    if kind.key == "event":
        return Event.organisers.through.objects.filter(organisation=office).values(
            "event_id"
        )
    if kind.key == "official":
        return Official.objects.filter(organisation=office).values("pk")
    return None


def board(form, page_number):
    """What the board shows: the page of things, each with its cells by
    language, and each language's counts by status under these filters."""
    kind = KINDS[form.value("kind", "release")]
    content_type = kind.content_type()
    states = TranslationState.objects.filter(content_type=content_type)
    originals = states.originals()
    filtered = False
    if query := form.value("q"):
        originals, filtered = originals.filter(label__icontains=query), True
    if since := form.value("since"):
        originals, filtered = originals.filter(dated__date__gte=since), True
    if until := form.value("until"):
        originals, filtered = originals.filter(dated__date__lte=until), True
    if (office := form.value("office")) and (ids := office_ids(kind, office)):
        originals, filtered = originals.filter(object_id__in=ids), True
    language, status = form.value("language"), form.value("status")
    counts_over = originals
    if status == Standing.ORIGINAL and language:
        originals = originals.filter(language=language)
    elif status:
        matching = states.standing_is(status)
        if language:
            matching = matching.filter(language=language)
        originals = originals.filter(object_id__in=matching.values("object_id"))
    filters = (
        sorted((name, str(value)) for name, value in form.cleaned_data.items() if value)
        if form.is_valid()
        else []
    )
    paginator = Paginator(
        originals.order_by(*SORTS[form.value("sort", "-dated")]).only(
            "object_id", "label", "dated", "original_language", "source_changed_at"
        ),
        PER_PAGE,
    )
    # Counting reads every row: once per change of the content (the page
    # cache's generation, which any change of a state ends), not per view.
    paginator.__dict__["count"] = fragment(
        "translation-board-count", (kind.key, filters), originals.count
    )
    page = paginator.get_page(page_number)
    rows = list(page.object_list)
    languages = [language] if language else LANGUAGE_CODES
    cells = {}
    for state in states.filter(
        object_id__in=[row.object_id for row in rows], language__in=languages
    ).only("pk", "object_id", "language", "standing", "source_changed_at"):
        cells[state.object_id, state.language] = state
    change = f"admin:{content_type.app_label}_{content_type.model}_change"
    compare = "admin:translations_translationstate_compare"
    for row in rows:
        row.change_url = reverse(change, args=[row.object_id])
        row.cells = []
        for code in languages:
            cell = cells.get((row.object_id, code))
            if cell is not None:
                cell.url = (
                    reverse(compare, args=[cell.pk])
                    if cell.standing != Standing.ORIGINAL
                    else row.change_url
                )
            row.cells.append((code, cell))
    counted = states
    if filtered:
        counted = states.filter(object_id__in=counts_over.values("object_id"))
    counts = {code: dict.fromkeys(Standing.values, 0) for code in languages}
    found = fragment(
        "translation-board-counts",
        (kind.key, filters),
        lambda: list(
            counted.filter(language__in=languages)
            .values_list("language", "standing")
            .annotate(number=Count("pk"))
            .order_by()
        ),
    )
    for code, status, number in found:
        counts[code][status] = number
    return {
        "kind": kind,
        "page_obj": page,
        "rows": rows,
        "languages": [(code, LANGUAGE_NAMES[code]) for code in languages],
        "counts": [(code, LANGUAGE_NAMES[code], counts[code]) for code in languages],
    }
