"""Every connection the server accepts sends at once (TCP_NODELAY), as asyncio meant it to.

Streamlit 1.67 binds its own listening socket (``starlette_server._bind_socket``) as
``socket.socket(family=...)``, which leaves the socket's protocol number 0. asyncio turns
Nagle's algorithm off only on sockets whose protocol is IPPROTO_TCP, so on every connection
Streamlit accepts it stays on. A response goes out as two writes, its headers and then its
body; Nagle holds the body until the headers are acknowledged, and the browser delays that
acknowledgement by 40 ms. So every request after the first on a kept-alive connection took
about 44 ms however small, and the ninety-odd script chunks of a cold page load queued six at a
time behind that wait. The socket is bound before this app is imported, so the fix is made
where uvicorn's HTTP protocol receives each new connection.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

_PATCHED = "_kgc_nodelay"


def send_at_once(sock: Any, at_once: bool = True) -> bool:
    """Turn Nagle's algorithm off on ``sock`` (on again with ``at_once=False``) if it is a TCP stream; say whether it did."""
    if sock is None or sock.type != socket.SOCK_STREAM or sock.family not in (socket.AF_INET, socket.AF_INET6):
        return False
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, int(at_once))
    return True


# uvicorn's HTTP protocols (HTTP requests: sent at once) and the websocket protocols a connection
# is handed to when it upgrades (Nagle back on: a script run sends dozens of small messages in a
# burst, and coalesced they reached the panel sooner; click to panel measured 20-40 ms slower
# with every message sent on its own).
_HTTP = ("h11_impl:H11Protocol", "httptools_impl:HttpToolsProtocol")
# Streamlit 1.67 asks uvicorn for "websockets-sansio"; the legacy "websockets" module is deprecated
# and warns on import, so it is left out.
_WEBSOCKET = ("websockets_sansio_impl:WebSocketsSansIOProtocol", "wsproto_impl:WSProtocol")


def install() -> None:
    """Wrap each uvicorn protocol's ``connection_made`` (once): HTTP sends at once, websockets coalesce."""
    from importlib import import_module

    for package, names, at_once in (("http", _HTTP, True), ("websockets", _WEBSOCKET, False)):
        for name in names:
            module, _, cls = name.partition(":")
            try:
                protocol = getattr(import_module(f"uvicorn.protocols.{package}.{module}"), cls)
            except (ImportError, AttributeError):  # optional parts of uvicorn (httptools, websockets, wsproto)
                continue
            if not getattr(protocol, _PATCHED, False):
                protocol.connection_made = sending_at_once(protocol.connection_made, at_once)
                setattr(protocol, _PATCHED, True)


def sending_at_once(connection_made: Callable[[Any, Any], None], at_once: bool = True) -> Callable[[Any, Any], None]:
    """A protocol's ``connection_made`` that first calls ``send_at_once(socket, at_once)`` on the transport's socket."""

    def made(self: Any, transport: Any) -> None:
        send_at_once(transport.get_extra_info("socket"), at_once)
        connection_made(self, transport)

    return made
