"""What a map tells its page, as soon as it can: a click (not 250 ms later), and that it has drawn.

Scripts run inside the map's own script in streamlit-folium's frame; each sends values the way
streamlit-component-lib does (``streamlit:setComponentValue``) and keeps to the value
streamlit-folium 0.27.4 would send, so its own debounced reports stay as they were. Pure: no
streamlit import.
"""

from __future__ import annotations

from jinja2 import Template

from components.maps.elements import Prerendered


class ClickCountFromNull(Prerendered):
    """Start streamlit-folium's click count at null, as its server side expects, not at 0.

    st_folium tells the browser its default value has ``last_object_clicked_count: None``
    while the browser starts counting at 0, so with the count among the returned objects the
    map's first report (count 0) differed from the default and reran the page once on every
    load, about a second after it was drawn. Run inside the map's script, before the first
    report; ``null + 1`` is 1 at the first click, so counts stay as they were.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        if (window.__GLOBAL_DATA__ && window.__GLOBAL_DATA__.last_object_clicked_count === 0) {
            window.__GLOBAL_DATA__.last_object_clicked_count = null;
        }
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "ClickCountFromNull"


class ReportClicksNow(Prerendered):
    """Report a click on a place to the page at once, not 250 ms later.

    streamlit-folium sends every event through one debounced function (underscore's
    ``debounce(..., 250)``), so a click waited a quarter of a second before the page even
    heard of it. After Leaflet has handled a click on the map (streamlit-folium's own layer
    handler has then recorded it in ``__GLOBAL_DATA__``), this computes the value its
    ``updateComponentValue`` would (streamlit-folium 0.27.4: the same keys in the same order,
    kept to ``returned_objects``), sends it the way streamlit-component-lib does, and stores it
    as ``previous_data``; when the debounced call comes, it finds nothing new and sends nothing,
    so a click still reruns the page once. Bounds are only read when the page asked for them.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
          var data = window.__GLOBAL_DATA__;
          if (!data || window.parent === window) { return; }
          function wrap(point) { return point && data.wrap_longitude ? map.wrapLatLng(point) : point; }
          function wanted(key) { return !data.returned_objects || data.returned_objects.indexOf(key) >= 0; }
          function value() {
            var bounds = wanted("bounds") ? map.getBounds() : null;
            var all = {
              last_clicked: wrap(data.lat_lng_clicked),
              last_object_clicked: wrap(data.last_object_clicked),
              last_object_clicked_count: data.last_object_clicked_count,
              last_object_clicked_tooltip: data.last_object_clicked_tooltip,
              last_object_clicked_popup: data.last_object_clicked_popup,
              all_drawings: data.all_drawings,
              last_active_drawing: data.last_active_drawing,
              last_geocoder_result: data.last_geocoder_result,
              bounds: bounds && data.wrap_longitude ? map.wrapLatLngBounds(bounds) : bounds,
              zoom: map.getZoom(),
              last_circle_radius: data.last_circle_radius,
              last_circle_polygon: data.last_circle_polygon,
              center: wrap(map.getCenter()),
              selected_layers: Object.values(data.selected_layers || {}),
              selected_tags: data.selected_tags
            };
            var kept = {};
            Object.keys(all).forEach(function (key) { if (wanted(key)) { kept[key] = all[key]; } });
            return kept;
          }
          // Bubbling to the container: Leaflet's own listener there has already fired the layer's click.
          map.getContainer().addEventListener("click", function () {
            var now = value();
            if (JSON.stringify(data.previous_data) === JSON.stringify(now)) { return; }
            data.previous_data = now;
            window.parent.postMessage(
              {isStreamlitMessage: true, type: "streamlit:setComponentValue", value: now, dataType: "json"}, "*"
            );
          });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "ReportClicksNow"


# The key of the map's report that it has drawn; a page asks for it by naming it among the
# returned objects (components.maps.first_draw).
DRAWN = "drawn"


class ReportDrawn(Prerendered):
    """Tell the page the map has drawn, when the page asks (``drawn`` among the returned objects).

    A page may hold back what it draws below its map until the map has drawn, so that the map
    does not share the browser's one main thread with the rest of the page on a cold load.
    Two frames after this script (the layers streamlit-folium adds after it have then been
    painted), and again whenever a later render asks while the map is up (a new session after
    a reconnect), the map sends streamlit-folium's last value with ``drawn: true``.
    ``previous_data`` is left as it was, so streamlit-folium's own reports stay as they were.
    The script is the same whatever the page asks: a different script would mount a new map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
          var data = window.__GLOBAL_DATA__;
          if (!data || window.parent === window) { return; }
          function asks(objects) { return Array.isArray(objects) && objects.indexOf({{ this.key|tojson }}) >= 0; }
          var asked = asks(data.returned_objects), drawn = false;
          function report() {
            if (!asked || !drawn) { return; }
            asked = false;
            var value = Object.assign({}, data.previous_data || {});
            value[{{ this.key|tojson }}] = true;
            window.parent.postMessage(
              {isStreamlitMessage: true, type: "streamlit:setComponentValue", value: value, dataType: "json"}, "*"
            );
          }
          window.addEventListener("message", function (event) {
            var message = event.data;
            if (event.source !== window.parent || !message || message.type !== "streamlit:render") { return; }
            asked = asks(message.args && message.args.returned_objects);
            report();
          });
          requestAnimationFrame(function () { requestAnimationFrame(function () { drawn = true; report(); }); });
        })();
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "ReportDrawn"
        self.key = DRAWN
