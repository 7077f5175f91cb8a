"""What the database keeps for the page cache: one row counting the changes
of the public content, so that a change is known to every process even when
the one that made it could not reach Redis."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.db.models.functions import Coalesce, Greatest

# The one row.
ROW = 1


class ContentVersion(models.Model):
    """The public content's version: ``number`` goes up at every change,
    ``changed_at`` is when the last one was committed."""

    number = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True)

    class Meta:
        # Never edited by hand: nothing for the admin.
        default_permissions = ()

    def __str__(self):
        return f"version {self.number}"

    @classmethod
    def read(cls):
        """``(number, changed_at)``; ``(0, None)`` before the first change."""
        found = cls.objects.filter(pk=ROW).values_list("number", "changed_at")
        return next(iter(found), (0, None))

    @classmethod
    def advance(cls, moment):
        """One change more, committed at ``moment`` (never earlier than the
        last one recorded). One query, two the first time."""
        changed = {
            "number": F("number") + 1,
            "changed_at": Greatest(Coalesce(F("changed_at"), moment), moment),
        }
        if cls.objects.filter(pk=ROW).update(**changed):
            return
        try:
            with transaction.atomic():
                cls.objects.create(pk=ROW, number=1, changed_at=moment)
        except IntegrityError:
            # Another process made the row meanwhile.
            cls.objects.filter(pk=ROW).update(**changed)
