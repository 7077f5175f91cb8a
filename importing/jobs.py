"""Imports on the job queue: asked for in the admin, their files stored and
their job enqueued in one transaction, then run by a worker (``make worker``)
file by file, within caps on their work.

Each file is read and saved in a transaction of its own together with its
line of the report: a file is either imported and reported, or, when it
fails, reported with nothing of it saved.
"""

import contextlib
import logging
import signal
import threading
import time

from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from importing.models import ImportJob, ImportLine, ImportUpload
from importing.outcome import CAPPED
from importing.reading import MAX_FILE_BYTES, Refused, Source, zip_sources

logger = logging.getLogger(__name__)


def start_import(*, files, language, dry_run, by, interface_language=""):
    """Store the uploaded ``files`` and enqueue their import, in the same
    transaction: a job is never enqueued for an import that was rolled back.
    The job, for its page."""
    stored = []
    try:
        with transaction.atomic():
            job = ImportJob.objects.create(
                created_by=by,
                language=language or "",
                dry_run=dry_run,
                interface_language=interface_language,
            )
            for upload in files:
                record = ImportUpload(job=job, name=upload.name[:500], size=upload.size)
                record.file.save(upload.name, upload, save=True)
                stored.append(record.file)
            result = run_import_job.enqueue(job.pk)
            job.task_id = str(result.id)
            job.save(update_fields=["task_id"])
    except BaseException:
        # The rows went with the transaction; the stored files must go too.
        for file in stored:
            file.storage.delete(file.name)
        raise
    return job


@task()
def run_import_job(job_id):
    """The queue's task: import a job's files, once."""
    run_import(job_id)


def run_import(job_id):
    claimed = ImportJob.objects.filter(pk=job_id, state=ImportJob.State.QUEUED).update(
        state=ImportJob.State.RUNNING, started_at=timezone.now()
    )
    if not claimed:  # run already, or deleted since
        return
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    language = job.interface_language or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            _import_files(job)
        except Exception as error:
            logger.exception("Import job %s stopped", job.pk)
            job.state = ImportJob.State.FAILED
            job.note = _("The import stopped on an error: %s") % error
            job.finished_at = timezone.now()
            job.save(update_fields=["state", "note", "finished_at"])
            raise
        finally:
            _forget_files(job)


def _import_files(job):
    # Imported here: the reader's word lists take a tenth of a second to build.
    from importing.report import file_report
    from importing.saving import Importer

    importer = Importer(
        language=job.language or None, user=job.created_by, dry_run=job.dry_run
    )
    job.files_found = sum(1 for _source in job_sources(job))
    job.save(update_fields=["files_found"])
    caps = Caps()
    number, not_read = 0, []
    for source in job_sources(job):
        number += 1
        caps.count(source)
        if caps.reached:
            not_read.append(_line(job, number, file_report_capped(source, caps)))
            continue
        try:
            with caps.time_left(), transaction.atomic():
                outcome = importer.run(source)
                _line(job, number, file_report(outcome)).save()
                ImportJob.objects.filter(pk=job.pk).update(files_done=number)
        except OutOfTime:
            caps.out_of_time()
            # Stopped in the middle of the file, nothing of it saved; unless
            # the time was up just as it was committed, with its line.
            if not job.lines.filter(number=number).exists():
                importer.forget()
                not_read.append(_line(job, number, file_report_capped(source, caps)))
    ImportLine.objects.bulk_create(not_read, batch_size=500)
    job.files_done = number
    job.state = ImportJob.State.DONE
    job.note = caps.reached or ""
    job.finished_at = timezone.now()
    job.save(update_fields=["files_done", "state", "note", "finished_at"])


def file_report_capped(source, caps):
    from importing.report import FileReport

    return FileReport(
        source=source.name,
        status=CAPPED,
        release_id=None,
        title="",
        language="",
        warnings=[caps.reached],
        new_contacts=[],
        new_officials=[],
    )


def _line(job, number, file):
    return ImportLine(
        job=job,
        number=number,
        source=file.source[-1000:],
        status=file.status,
        release_id=file.release_id,
        title=file.title[:250],
        language=file.language[:5],
        warnings=file.warnings,
        new_contacts=file.new_contacts,
        new_officials=file.new_officials,
    )


class Caps:
    """An import's limits (settings ``IMPORT_MAX_FILES``, ``IMPORT_MAX_BYTES``,
    ``IMPORT_MAX_SECONDS``): once one is reached, the files left are not
    read, and each is reported with the limit's name."""

    def __init__(self):
        self.files = settings.IMPORT_MAX_FILES
        self.bytes = settings.IMPORT_MAX_BYTES
        self.seconds = settings.IMPORT_MAX_SECONDS
        self.began = time.monotonic()
        self.files_read = 0
        self.bytes_read = 0
        self.reached = ""

    def count(self, source):
        """Count ``source`` in, unless it would go past a cap; then
        ``reached`` says which."""
        if self.reached:
            return
        size = source.size or 0
        if self.files_read >= self.files:
            self.reached = ngettext(
                "Not imported: an import reads at most %(count)d file.",
                "Not imported: an import reads at most %(count)d files.",
                self.files,
            ) % {"count": self.files}
        elif self.bytes_read + size > self.bytes:
            self.reached = _(
                "Not imported: an import reads at most %(size)s of text."
            ) % {"size": filesizeformat(self.bytes)}
        elif time.monotonic() - self.began > self.seconds:
            self.out_of_time()
        else:
            self.files_read += 1
            self.bytes_read += size

    def out_of_time(self):
        self.reached = ngettext(
            "Not imported: an import works at most %(seconds)d second.",
            "Not imported: an import works at most %(seconds)d seconds.",
            self.seconds,
        ) % {"seconds": self.seconds}

    @contextlib.contextmanager
    def time_left(self):
        """Stop a file's import (OutOfTime) when the import's seconds are up.
        One file may take half a minute (2 MB on one line), so the time is
        kept by an alarm, not only between files. Only a process's main
        thread receives signals, which is where ``db_worker`` runs its jobs;
        elsewhere (a job run at once by TASKS_BACKEND's ImmediateBackend)
        the time is checked between files only."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        left = self.seconds - (time.monotonic() - self.began)

        def stop(signum, frame):
            raise OutOfTime

        previous = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class OutOfTime(BaseException):
    """An import's seconds are up. Not an Exception: the importer's handlers
    of a file's failure must let it through, to the job's loop."""


def job_sources(job):
    """The files of a job's uploads, one at a time (a ZIP's members each)."""
    for upload in job.uploads.all():
        if not upload.file:
            continue
        if upload.name.lower().endswith(".zip"):
            with upload.file.open("rb") as archive:
                yield from zip_sources(archive, upload.name)
        else:
            yield Source(upload.name, _reader(upload), upload.size)


def _reader(upload):
    def read():
        if upload.size > MAX_FILE_BYTES:
            raise Refused(_("Too large for a release (over 2 MB)."))
        with upload.file.open("rb") as stored:
            return stored.read()

    return read


def _forget_files(job):
    """The uploads are read: their files go, their names stay in the report."""
    for upload in job.uploads.all():
        if upload.file:
            upload.file.delete(save=False)
            ImportUpload.objects.filter(pk=upload.pk).update(file="")
