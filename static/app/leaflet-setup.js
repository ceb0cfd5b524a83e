// Loaded right after leaflet.js. Inside the streamlit-folium iframe Leaflet cannot find
// its default marker images from its stylesheet, so tell it where they are: the
// images/ folder beside the vendored leaflet.css.
(function () {
  var here = document.currentScript && document.currentScript.src;
  if (window.L && here) {
    L.Icon.Default.imagePath = new URL("../vendor/leaflet/dist/images/", here).href;
  }
})();
