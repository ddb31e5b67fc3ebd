"""Loaded into schemathesis by tests/fuzz/run (SCHEMATHESIS_HOOKS).

Two adjustments: the lambda descriptions below, and a serializer for tar
bodies at the end.

CPython 3.11.7 raises "SystemError: AST constructor recursion depth mismatch"
when ast.parse runs deep inside a recursive call, and Hypothesis parses the
source of a lambda to describe it while it builds the strategies of our
recursive schemas (a mount holds mounts). The description only names the
lambda, so a parse that fails this way gets a plain name instead of ending the
run as a flaky error.
"""
import hypothesis.internal.reflection as reflection

_extract = reflection._extract_lambda_source


def _extract_or_plain(f):
    try:
        return _extract(f)
    except SystemError:
        return "lambda *args: <source not parsed>"


reflection._extract_lambda_source = _extract_or_plain

# The body of PUT /images/oci is a tar archive: sent as generated, like the
# octet-stream bodies of file uploads (the server must refuse what is not
# an OCI image with a sentence).
import schemathesis

schemathesis.serializer.alias("application/x-tar", "application/octet-stream")
