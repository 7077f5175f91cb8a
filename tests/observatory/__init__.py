"""The MDN HTTP Observatory's scoring, ported: a site's headers, scored.

The Observatory (https://github.com/mdn/mdn-http-observatory, MPL-2.0) starts
from 100 and adds each test's modifier; bonuses count only when the penalties
alone leave at least 90; 100 and above is A+. Its score table is kept in
``tests/observatory_rules.json``, taken from the commit named there
(``src/grader/charts.js``); the functions below port the rules of its
``src/analyzer/tests/*.js`` that decide which result a response gets, test by
test, for what this site can send (one policy header, no ``<meta
http-equiv>``; see each function). The scan is the Observatory's: the address
over HTTP and its redirects, over HTTPS and its redirects (the page scored),
``/robots.txt`` for more cookies, and a CORS preflight.

Used by tests/test_observatory.py.
"""

from tests.observatory.analyzers import (
    cookies_test,
    corp_test,
    cors_test,
    csp_test,
    hsts_test,
    redirection_test,
    referrer_test,
    sri_test,
    token_test,
    xcto_test,
    xfo_test,
)
from tests.observatory.scan import HOST, RULES, scan

__all__ = ["HOST", "observatory"]


def observatory(path):
    """The results of every test for ``path``, its score and its grade
    (src/scanner/index.js, src/grader/grader.js)."""
    found = scan(path)
    status = found["auto"].status_code
    assert 200 <= status < 400 or status in (401, 403), status
    csp_result, csp = csp_test(found)
    hsts = hsts_test(found)
    auto = found["auto"]
    results = {
        "content-security-policy": csp_result,
        "cookies": cookies_test(
            found, hsts == "hsts-implemented-max-age-at-least-six-months"
        ),
        "cross-origin-embedder-policy": token_test(
            auto,
            "Cross-Origin-Embedder-Policy",
            "coep",
            ("require-corp", "credentialless", "unsafe-none"),
        ),
        "cross-origin-opener-policy": token_test(
            auto,
            "Cross-Origin-Opener-Policy",
            "coop",
            (
                "same-origin",
                "same-origin-allow-popups",
                "noopener-allow-popups",
                "unsafe-none",
            ),
        ),
        "cross-origin-resource-sharing": cors_test(found),
        "redirection": redirection_test(found),
        "referrer-policy": referrer_test(found),
        "strict-transport-security": hsts,
        "subresource-integrity": sri_test(found),
        "x-content-type-options": xcto_test(found),
        "x-frame-options": xfo_test(found, csp),
        "cross-origin-resource-policy": corp_test(auto),
    }
    modifiers = [RULES["modifiers"][result] for result in results.values()]
    uncurved = RULES["base_score"] + sum(m for m in modifiers if m < 0)
    score = (
        RULES["base_score"] + sum(modifiers)
        if uncurved >= RULES["minimum_score_for_extra_credit"]
        else uncurved
    )
    score = max(score, 0)
    grade = RULES["grades"][str(min(score - score % 5, 100))]
    return results, score, grade
