"""A Streamlit websocket client that runs pages like a browser does, without a browser.

Opens ``/_stcore/stream`` (the protobuf protocol of streamlit.proto: BackMsg up, ForwardMsg down),
asks for a run of a page with a query string and widget values, and reads the answer up to
``script_finished``. ``Session.load`` also answers a map that asks to report when it has drawn
(a session's first map page stops below its map until then, ``components.maps.first_draw``), as
the map in a browser does, so the page runs once more, whole.

Used by scripts/serve.py to warm a replica (a replica registers streamlit-folium's component
files only once a script has imported it, so a replica that never ran /map answers 404 for the
map's frame) and by the load test (tests/load/test_serve_load.py), where 100 of these cost a
fraction of 100 browser contexts on two cores.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect

from components.maps.reports import DRAWN


@dataclass
class Run:
    """What one script run sent back."""

    seconds: float
    status: str
    elements: int = 0
    exceptions: list[str] = field(default_factory=list)
    # Widget key (the last part of Streamlit's widget id) -> widget id, for the next run's values;
    # a component's id is under "component:<its name>".
    widget_ids: dict[str, str] = field(default_factory=dict)
    # The bodies of markdown elements, and the query string the script wrote (st.query_params).
    texts: list[str] = field(default_factory=list)
    query_string: str | None = None
    # The ids of the components (maps) that asked to report when they have drawn.
    asking_drawn: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "FINISHED_SUCCESSFULLY" and not self.exceptions


def widget_key(widget_id: str) -> str:
    """The user key of a widget id (``$$ID-<hash>-status`` -> ``status``); the id itself without one."""
    head, sep, key = widget_id.rpartition("-")
    return key if sep and head.startswith("$$ID") and key and key != "None" else widget_id


def string_array(widget_id: str, values: list[str]) -> WidgetState:
    state = WidgetState(id=widget_id)
    state.string_array_value.data.extend(values)
    return state


def json_value(widget_id: str, value: dict[str, Any]) -> WidgetState:
    return WidgetState(id=widget_id, json_value=json.dumps(value))


class Session:
    """One Streamlit session over one websocket (through nginx or straight to a replica)."""

    def __init__(self, websocket: ClientConnection) -> None:
        self.websocket = websocket
        self.widgets: dict[str, WidgetState] = {}
        # The address bar's query string, kept as the browser does from what the script writes.
        self.query_string = ""

    @classmethod
    async def open(
        cls, base_url: str, *, local_address: str | None = None, cookie: str = "", timeout: float = 60.0
    ) -> Session:
        """Connect to ``base_url`` (http://host:port); ``local_address`` picks the source address."""
        ws_url = base_url.replace("http://", "ws://", 1).replace("https://", "wss://", 1) + "/_stcore/stream"
        headers = {"Cookie": cookie} if cookie else {}
        websocket = await connect(
            ws_url,
            origin=base_url,  # type: ignore[arg-type]
            subprotocols=["streamlit"],  # type: ignore[list-item]
            additional_headers=headers,
            open_timeout=timeout,
            max_size=2**26,
            compression=None,
            # Browsers send no websocket pings (the server pings them); neither do we.
            ping_interval=None,
            **({"local_addr": (local_address, 0)} if local_address else {}),
        )
        return cls(websocket)

    async def run(
        self,
        page_name: str,
        query_string: str | None = None,
        changes: list[WidgetState] | None = None,
        timeout: float = 120.0,
    ) -> Run:
        """Ask for a run of ``page_name`` with the widgets' values so far plus ``changes``; read it to the end.

        ``query_string`` replaces the session's (None: the one the last run left in the address bar).
        """
        if query_string is not None:
            self.query_string = query_string
        for state in changes or []:
            self.widgets[state.id] = state
        message = BackMsg()
        message.rerun_script.query_string = self.query_string
        message.rerun_script.page_name = page_name
        message.rerun_script.widget_states.widgets.extend(self.widgets.values())
        started = time.monotonic()
        await self.websocket.send(message.SerializeToString())
        run = Run(seconds=0.0, status="no answer")
        async with asyncio.timeout(timeout):
            while True:
                forward = ForwardMsg()
                forward.ParseFromString(await self.websocket.recv())  # type: ignore[arg-type]
                kind = forward.WhichOneof("type")
                if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                    run.elements += 1
                    element = forward.delta.new_element
                    element_type = element.WhichOneof("type")
                    if element_type == "markdown":
                        run.texts.append(element.markdown.body)
                    elif element_type == "exception":
                        run.exceptions.append(f"{element.exception.type}: {element.exception.message}"[:300])
                    elif element_type == "component_instance":
                        component = element.component_instance
                        run.widget_ids[f"component:{component.component_name}"] = component.id
                        if DRAWN in (json.loads(component.json_args or "{}").get("returned_objects") or ()):
                            run.asking_drawn.append(component.id)
                    elif element_type is not None:
                        widget_id = getattr(getattr(element, element_type), "id", "")
                        if isinstance(widget_id, str) and widget_id:
                            run.widget_ids[widget_key(widget_id)] = widget_id
                elif kind == "page_info_changed":
                    run.query_string = self.query_string = forward.page_info_changed.query_string
                elif kind == "page_not_found":
                    run.exceptions.append(f"page not found: {page_name}")
                elif kind == "script_finished":
                    status = ForwardMsg.ScriptFinishedStatus.Name(forward.script_finished)
                    if status == "FINISHED_EARLY_FOR_RERUN":
                        continue
                    run.status = status
                    run.seconds = time.monotonic() - started
                    return run

    async def load(
        self,
        page_name: str,
        query_string: str | None = None,
        changes: list[WidgetState] | None = None,
        timeout: float = 120.0,
    ) -> Run:
        """``run``, then what a browser's map does when the run asked it to report having drawn: the
        report, and the run it causes. The returned run is the last; its seconds are both runs'."""
        run = await self.run(page_name, query_string, changes, timeout)
        if run.ok and run.asking_drawn:
            first = run.seconds
            reports = [json_value(component, {DRAWN: True}) for component in run.asking_drawn]
            run = await self.run(page_name, None, reports, timeout)
            run.seconds += first
        return run

    async def close(self) -> None:
        await self.websocket.close()


async def warm(base_url: str, page_name: str = "map", timeout: float = 120.0) -> Run:
    """Load ``page_name`` once, whole, in a throwaway session (imports, caches, component registration)."""
    session = await Session.open(base_url, timeout=timeout)
    try:
        return await session.load(page_name, timeout=timeout)
    finally:
        await session.close()
