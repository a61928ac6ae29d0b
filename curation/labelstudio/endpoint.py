"""Which Label Studio curate talks to, decided without the SDK (light, so export's head start can use it).

LABEL_STUDIO_URL + LABEL_STUDIO_API_KEY when set, else the embedded server of this workspace."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from typing import Literal

import httpx

from curation.config import CurateError, Workspace
from curation.labelstudio.server import running_server, server_paths

CONNECTION_EXIT_CODE = 2


class ConnectionFailed(CurateError):
    exit_code = CONNECTION_EXIT_CODE


@dataclass(frozen=True)
class Endpoint:
    url: str  # without a trailing slash
    key: str  # a legacy token or a personal access token (a JWT)
    source: Literal["env", "embedded"]

    @property
    def hint(self) -> str:
        if self.source == "env":
            return "check LABEL_STUDIO_URL or start that server"
        return "start it with `curate server start` or set LABEL_STUDIO_URL"

    @property
    def legacy_token(self) -> bool:
        """A legacy token goes into `Authorization: Token …` as it is; a personal access token is a JWT
        (three dot-separated parts) that the SDK first exchanges for an access token."""
        return self.key.count(".") != 2


def endpoint(workspace: Workspace | None = None) -> Endpoint:
    """The server to talk to, or ConnectionFailed (exit code 2) in one line."""
    url = os.environ.get("LABEL_STUDIO_URL", "").strip()
    key = os.environ.get("LABEL_STUDIO_API_KEY", "").strip()
    source: Literal["env", "embedded"] = "env"
    if url or key:
        if not (url and key):
            missing = "LABEL_STUDIO_API_KEY" if url else "LABEL_STUDIO_URL"
            raise ConnectionFailed(
                f"{missing} is not set: set both LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY, or neither to use the embedded server"
            )
    else:
        found = running_server(workspace)
        if found is None:
            raise ConnectionFailed(
                f"no Label Studio to talk to: start the embedded one with `curate server start` "
                f"(data in {server_paths(workspace).root}) or set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY"
            )
        url, key, source = found[0], found[1].token, "embedded"
    url = url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ConnectionFailed(f"LABEL_STUDIO_URL {url!r} is not an http(s) URL")
    return Endpoint(url, key, source)


def connection_headers(url: str) -> dict[str, str]:
    """`Connection: close` for a server on this machine, else nothing.

    `label-studio start` serves through Django's runserver, which answers a kept-alive connection in two small
    writes that wait for the client's delayed ACK: every request then takes ~40 ms longer (measured: /health
    54 ms kept alive, 13 ms on a fresh connection). A new loopback connection costs almost nothing; a remote
    server keeps its connections (a TLS handshake per request would cost more than it saves)."""
    host = httpx.URL(url).host
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return {"Connection": "close"} if loopback else {}
