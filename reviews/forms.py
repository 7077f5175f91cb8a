from django import forms
from django.utils.translation import gettext_lazy as _

from reviews.models import Remark, RemarkKind


class ReviewerRemarkForm(forms.ModelForm):
    """A reviewer's remark, through their preview link."""

    reviewer_name = forms.CharField(label=_("Your name"), max_length=200)

    class Meta:
        model = Remark
        fields = ["reviewer_name", "kind", "text"]
        labels = {"text": _("Your remark")}
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            (RemarkKind.FACT_CHECK, _("Fact-check")),
            (RemarkKind.QUESTION, _("Question")),
            (RemarkKind.REMARK, _("Remark")),
        ]
