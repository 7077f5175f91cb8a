"""The job queue, worked off in the test's own process and transaction: the
jobs waiting in the database, each run by the database backend's worker as
``manage.py db_worker`` runs it (tests/importing/test_import_worker.py runs
that command itself)."""

from django.db import transaction
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def queue_worker():
    """A worker as `manage.py db_worker` makes it, in this process."""
    return Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )


def work_one(result):
    """Run one job taken from the queue (a ``DBTaskResult``)."""
    worker = queue_worker()
    result.claim(worker.worker_id)
    worker.run_task(result)


def work_off_the_queue():
    """Run every job waiting; how many ran."""
    worker = queue_worker()
    ran = 0
    while True:
        # Taken as the worker takes it: locked, in a transaction of its own.
        with transaction.atomic():
            result = DBTaskResult.objects.ready().get_locked()
            if result is None:
                return ran
            result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
