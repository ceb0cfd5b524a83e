"""The dashboard's maps, one concept per module (nothing is re-exported here; import the module you need).

- ``tiles``: where tiles come from (online sources, the operator's server).
- ``elements``: the custom Leaflet/branca elements and folium's with a faster render.
- ``layers``: the base map and the places and corridors drawn on it.
- ``reports``: what a map tells its page at once (a click; that it has drawn).
- ``clicks``: a click event turned into a place id, and the one ``st_folium`` call.
- ``first_draw``: a session's first map page draws below its map once the map has drawn.
"""
