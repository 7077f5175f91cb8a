"""Telling the apps above that a release is going public.

``publish_release`` calls ``going_public(release)`` inside its transaction,
whether the release goes public now or at its embargo's second; an app that
acts on it (alerts/) registers with ``when_public`` from its ``ready()``, and
what it does commits or rolls back with the publication. A listener must
check again when it acts: an embargo may be moved or cancelled, and a
release withdrawn, before its time comes.
"""

_listeners = []


def when_public(listener):
    """``listener(release)`` is called each time a release is published or
    scheduled, or its embargo moved."""
    if listener not in _listeners:
        _listeners.append(listener)


def going_public(release):
    for listener in _listeners:
        listener(release)
