"""Each admin save is one version, with who made it."""

from reversion.middleware import RevisionMiddleware


class VersionMiddleware(RevisionMiddleware):
    """A POST to the admin (a change form, a list action, a workflow button)
    opens one revision: every registered object it saves is kept in it,
    with the signed-in user. Public pages never open one."""

    def request_creates_revision(self, request):
        return (
            request.method == "POST"
            and "/admin/" in request.path_info
            and getattr(request, "user", None) is not None
            and request.user.is_authenticated
        )
