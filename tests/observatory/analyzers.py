"""The Observatory's tests, each as its analyzer decides
(src/analyzer/tests/*.js), for what this site can send."""

import re
from urllib.parse import urlsplit

from tests.observatory.scan import HOST, Page, header_values, is_html

# ----- the tests, each as its analyzer decides (src/analyzer/tests/) -----

BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*"}
BROAD |= {"https://*.*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")


def parse_csp(policy):
    """cspParser.js ``parseCsp`` for one policy: directive → set of sources;
    ValueError where the Observatory finds the header invalid."""
    policy = re.sub(r"[\r\n]", "", policy).strip()
    if len(policy) < len("img-src") - 1:
        raise ValueError(policy)
    csp = {}
    for entry in policy.split(";"):
        directive, *values = entry.strip().split() or [""]
        if not directive:
            continue
        directive = directive.lower()
        if directive in csp:
            if directive in ("report-uri", "report-to"):
                continue
            raise ValueError(f"duplicate {directive}")
        sources = sorted(value.strip().lower() for value in values)
        if not sources and directive.endswith("-src"):
            sources = ["'none'"]
        # A longer source starting as the one before it is superfluous.
        kept = [
            source
            for index, source in enumerate(sources)
            if index == 0 or not source.startswith(sources[index - 1])
        ]
        csp[directive] = set(kept) or {"'none'"}
    return csp


def csp_test(found):
    """csp.js: the first of its findings, in its order, decides."""
    headers = header_values(found["auto"], "Content-Security-Policy")
    policies = [p.strip() for value in headers for p in value.split(",")]
    meta = Page(found["html"]).http_equiv.get("content-security-policy", [])
    # The port covers what this site sends: one policy, in the header.
    assert len(policies) <= 1 and not meta, (policies, meta)
    if not policies:
        if found["auto"].get("Content-Security-Policy-Report-Only"):
            return "csp-not-implemented-but-reporting-enabled", None
        return "csp-not-implemented", None
    try:
        csp = parse_csp(policies[0])
    except ValueError:
        return "csp-header-invalid", None
    default = csp.get("default-src")
    script = set(csp.get("script-src") or default or {"*"})
    style = set(csp.get("style-src") or default or {"*"})
    objects = csp.get("object-src") or default or {"*"}
    for sources in (script, style):
        if any(s.startswith(NONCES_HASHES) for s in sources):
            sources.discard("'unsafe-inline'")
    result = None
    if any(s.startswith(NONCES_HASHES) for s in script) and "'strict-dynamic'" in (
        script
    ):
        script = {
            s
            for s in script
            if not any(s.startswith(b) for b in BROAD)
            and s not in ("'self'", "'unsafe-inline'")
        }
    elif "'strict-dynamic'" in script:
        result = "csp-header-invalid"
    active = [
        s
        for directive, sources in csp.items()
        if directive not in ("img-src", "media-src", "script-src")
        for s in sources
    ] + list(script)
    passive = [
        s for d in ("img-src", "media-src") for s in (csp.get(d) or default or ())
    ]
    insecure = ("http:", "ftp:")
    findings = [
        (
            script & (BROAD | UNSAFE_INLINE) or objects & BROAD,
            "csp-implemented-with-unsafe-inline",
        ),
        (
            any(s.startswith(insecure) for s in active),
            "csp-implemented-with-insecure-scheme",
        ),
        ("'unsafe-eval'" in script | style, "csp-implemented-with-unsafe-eval"),
        (
            any(s.startswith(insecure) for s in passive),
            "csp-implemented-with-insecure-scheme-in-passive-content-only",
        ),
        (
            style & (BROAD | UNSAFE_INLINE),
            "csp-implemented-with-unsafe-inline-in-style-src-only",
        ),
        (default == {"'none'"}, "csp-implemented-with-no-unsafe-default-src-none"),
        (True, "csp-implemented-with-no-unsafe"),
    ]
    for found_it, finding in findings:
        if result is None and found_it:
            result = finding
    return result, csp


def cookies_test(found, hsts_passes):
    """cookies.js: the worst finding over every cookie of the session."""
    order = [
        "cookies-without-secure-flag-but-protected-by-hsts",
        "cookies-without-secure-flag",
        "cookies-session-without-secure-flag-but-protected-by-hsts",
        "cookies-samesite-flag-invalid",
        "cookies-anticsrf-without-samesite-flag",
        "cookies-session-without-httponly-flag",
        "cookies-session-without-secure-flag",
    ]
    worst = []
    missing_samesite = False
    for cookie in found["cookies"]:
        name, secure = cookie.key.lower(), bool(cookie["secure"])
        samesite = cookie["samesite"]
        session = "login" in name or "sess" in name
        if samesite and samesite.lower() not in ("lax", "strict", "none"):
            worst.append("cookies-samesite-flag-invalid")
        if not secure and samesite.lower() == "none":
            worst.append("cookies-samesite-flag-invalid")
        if not secure:
            worst.append(
                "cookies-without-secure-flag-but-protected-by-hsts"
                if hsts_passes
                else "cookies-without-secure-flag"
            )
        if "csrf" in name and not samesite:
            worst.append("cookies-anticsrf-without-samesite-flag")
        if session and not secure:
            worst.append(
                "cookies-session-without-secure-flag-but-protected-by-hsts"
                if hsts_passes
                else "cookies-session-without-secure-flag"
            )
        if session and not cookie["httponly"]:
            worst.append("cookies-session-without-httponly-flag")
        missing_samesite = missing_samesite or not samesite
    if not found["cookies"]:
        return "cookies-not-found"
    if worst:
        return max(worst, key=order.index)
    if missing_samesite:
        return "cookies-secure-with-httponly-sessions"
    return "cookies-secure-with-httponly-sessions-and-samesite"


def token_test(response, header, prefix, tokens):
    """cross-origin-embedder-policy.js, cross-origin-opener-policy.js."""
    value = response.get(header)
    if value is None:
        return f"{prefix}-not-implemented"
    token = value.strip().split(";")[0].strip()
    if token in tokens:
        return f"{prefix}-implemented-with-{token}"
    return f"{prefix}-header-invalid"


def corp_test(response):
    """cross-origin-resource-policy.js"""
    value = (response.get("Cross-Origin-Resource-Policy") or "").strip().lower()
    if not value:
        return "corp-not-implemented"
    if value in ("same-site", "same-origin", "cross-origin"):
        return f"corp-implemented-with-{value}"
    return "corp-header-invalid"


def cors_test(found):
    """cors.js"""
    origin = found["cors"].get("Access-Control-Allow-Origin")
    if not origin:
        return "cross-origin-resource-sharing-not-implemented"
    if origin.strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access"
    credentials = found["cors"].get("Access-Control-Allow-Credentials", "")
    if credentials.strip().lower() == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access"
    return "cross-origin-resource-sharing-implemented-with-restricted-access"


def redirection_test(found):
    """redirection.js; no host here is on the HSTS preload list."""
    route = [urlsplit(url) for url in found["http_route"]]
    if len(route) == 1:
        return "redirection-missing"
    if route[-1].scheme != "https":
        return "redirection-not-to-https"
    if route[1].scheme == "http":
        return "redirection-not-to-https-on-initial-redirection"
    if route[0].hostname != route[1].hostname:
        return "redirection-off-host-from-http"
    return "redirection-to-https"


def referrer_test(found):
    """referrer-policy.js: the last valid policy of header and meta decides."""
    good = ["no-referrer", "same-origin", "strict-origin"]
    good.append("strict-origin-when-cross-origin")
    bad = ["origin", "origin-when-cross-origin", "unsafe-url"]
    bad.append("no-referrer-when-downgrade")
    values = header_values(found["auto"], "Referrer-Policy")
    values += Page(found["html"]).http_equiv.get("referrer", [])
    if not values:
        return "referrer-policy-not-implemented"
    policies = [
        p.strip().lower()
        for p in ", ".join(values).split(",")
        if p.strip().lower() in good + bad
    ]
    if policies and policies[-1] in good:
        return "referrer-policy-private"
    if policies:
        return "referrer-policy-unsafe"
    return "referrer-policy-header-invalid"


def hsts_test(found):
    """strict-transport-security.js; no host here is preloaded."""
    value = found["auto"].get("Strict-Transport-Security")
    if value is None:
        return "hsts-not-implemented"
    max_age = None
    for parameter in value.split(";"):
        parameter = parameter.strip().lower()
        if parameter.startswith("max-age="):
            max_age = int(re.match(r"\d*", parameter[8:128]).group() or "0")
    if "," in value or max_age is None:
        return "hsts-header-invalid"
    if max_age < 15_552_000:
        return "hsts-implemented-max-age-less-than-six-months"
    return "hsts-implemented-max-age-at-least-six-months"


def sri_test(found):
    """subresource-integrity.js; the registrable domain is taken to be the
    host's last two labels (the Observatory asks the public suffix list)."""
    if not is_html(found["auto"]):
        return "sri-not-implemented-response-not-html"
    order = [
        "sri-implemented-and-all-scripts-loaded-securely",
        "sri-implemented-and-external-scripts-loaded-securely",
        "sri-implemented-but-external-scripts-not-loaded-securely",
        "sri-not-implemented-but-external-scripts-loaded-securely",
        "sri-not-implemented-and-external-scripts-not-loaded-securely",
        "sri-not-implemented-response-not-html",
    ]
    scripts = Page(found["html"]).scripts
    result, foreign = None, False

    def domain(host):
        return ".".join((host or "").split(".")[-2:])

    def worse(finding):
        nonlocal result
        if result is None or order.index(finding) > order.index(result):
            result = finding

    for script in scripts:
        src = script.get("src")
        if not src:
            continue
        integrity = script.get("integrity")
        relative_protocol = re.match(r"^//[^/]", src) is not None
        full = re.match(r"^https?://", src) is not None
        relative = not relative_protocol and not full
        same_domain = (
            relative
            or relative_protocol
            or (domain(urlsplit(src).hostname) == domain(HOST))
        )
        secure_origin = relative or (same_domain and not relative_protocol)
        foreign = foreign or not secure_origin
        secure_scheme = (full and src.startswith("https:")) or relative
        if not secure_origin:
            if integrity and not secure_scheme:
                worse("sri-implemented-but-external-scripts-not-loaded-securely")
            elif not integrity and secure_scheme:
                worse("sri-not-implemented-but-external-scripts-loaded-securely")
            elif not integrity:
                worse("sri-not-implemented-and-external-scripts-not-loaded-securely")
        elif integrity and secure_scheme and result is None:
            result = "sri-implemented-and-all-scripts-loaded-securely"
    if not scripts:
        return "sri-not-implemented-but-no-scripts-loaded"
    if result is None:
        result = (
            "sri-implemented-and-external-scripts-loaded-securely"
            if foreign
            else "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
        )
    return result


def xcto_test(found):
    """x-content-type-options.js"""
    value = found["auto"].get("X-Content-Type-Options")
    if value is None:
        return "x-content-type-options-not-implemented"
    if value[:256].strip().lower() == "nosniff":
        return "x-content-type-options-nosniff"
    return "x-content-type-options-header-invalid"


def xfo_test(found, csp):
    """x-frame-options.js: frame-ancestors in the policy does its work."""
    if csp and "frame-ancestors" in csp:
        return "x-frame-options-implemented-via-csp"
    value = (found["auto"].get("X-Frame-Options") or "").strip().lower()
    if not value:
        return "x-frame-options-not-implemented"
    if value in ("deny", "sameorigin"):
        return "x-frame-options-sameorigin-or-deny"
    if value.startswith("allow-from"):
        return "x-frame-options-allow-from-origin"
    return "x-frame-options-header-invalid"
