"""components.listener: the server's connections send at once (TCP_NODELAY), whatever socket Streamlit bound."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from components import listener


@contextmanager
def accepted_like_streamlit() -> Iterator[socket.socket]:
    """A connection accepted on a listening socket made as Streamlit 1.67 makes it (protocol number 0)."""
    server = socket.socket(family=socket.AF_INET)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname())
    accepted, _ = server.accept()
    try:
        yield accepted
    finally:
        for sock in (accepted, client, server):
            sock.close()


def test_a_connection_accepted_like_streamlit_has_nagle_on_until_told() -> None:
    """The socket asyncio would not touch (its protocol reads 0), and send_at_once turning Nagle off."""
    with accepted_like_streamlit() as accepted:
        assert accepted.proto == 0
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        assert listener.send_at_once(accepted)
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_only_tcp_streams_are_touched() -> None:
    """A datagram socket, a Unix socket and no socket at all are left as they are."""
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    left, right = socket.socketpair()
    try:
        assert not listener.send_at_once(udp)
        assert not listener.send_at_once(left)
        assert not listener.send_at_once(None)
    finally:
        for sock in (udp, left, right):
            sock.close()


def test_each_connection_the_protocol_is_given_sends_at_once() -> None:
    """The wrapped connection_made turns Nagle off on the transport's socket, then does what it did."""
    given: list[Any] = []

    class Transport:
        def __init__(self, sock: socket.socket) -> None:
            self.sock = sock

        def get_extra_info(self, name: str) -> Any:
            return self.sock if name == "socket" else None

    made = listener.sending_at_once(lambda protocol, transport: given.append((protocol, transport)))
    with accepted_like_streamlit() as accepted:
        transport = Transport(accepted)
        made("protocol", transport)
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    assert given == [("protocol", transport)]


def test_a_websocket_coalesces_again() -> None:
    """On upgrade the websocket protocol turns Nagle back on: a run's burst of small messages is coalesced."""
    with accepted_like_streamlit() as accepted:
        listener.send_at_once(accepted)
        assert listener.send_at_once(accepted, at_once=False)
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0


def test_install_wraps_uvicorns_http_and_websocket_protocols_once() -> None:
    """server.py installs it before uvicorn accepts anything; a second install changes nothing."""
    from uvicorn.protocols.http.h11_impl import H11Protocol
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

    listener.install()
    wrapped = (H11Protocol.connection_made, WebSocketsSansIOProtocol.connection_made)
    assert all(made.__qualname__.startswith("sending_at_once") for made in wrapped)
    listener.install()
    assert (H11Protocol.connection_made, WebSocketsSansIOProtocol.connection_made) == wrapped
