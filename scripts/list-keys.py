#!/usr/bin/env python3
"""Lists a DocSpace portal's API keys as JSON, the way ONLYOFFICE's own Python samples call
the API (requests, json.loads, print the response). scripts/bench-cli.sh times it beside
`docspace-keys keys list --json`.

The portal comes from DOCSPACE_PORTAL (for example http://127.0.0.1:8092) and the credential
(an API key or a login token) from DOCSPACE_TOKEN, never from the command line. Without the
`requests` package it falls back to the standard library's urllib.
"""

import json
import os
import sys

API_HOST = os.environ["DOCSPACE_PORTAL"].rstrip("/")
API_TOKEN = os.environ["DOCSPACE_TOKEN"]
HEADERS = {"Authorization": API_TOKEN, "Accept": "application/json"}


def get(url):
    """The body of a GET, as text."""
    try:
        import requests
    except ImportError:
        import urllib.request

        with urllib.request.urlopen(urllib.request.Request(url, headers=HEADERS)) as answer:
            return answer.read().decode("utf-8")
    answer = requests.get(url, headers=HEADERS)
    answer.raise_for_status()
    return answer.text


def main():
    data = json.loads(get(f"{API_HOST}/api/2.0/keys"))
    if data.get("status") != 0:
        print(f"The portal answered with an error: {data.get('error')}", file=sys.stderr)
        return 1
    print(json.dumps(data["response"], indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
