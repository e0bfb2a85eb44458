// Draws every chart of the page with the plotly.js the application serves (no CDN), in French.
(function () {
  if (!window.Plotly) { return; }
  Plotly.register({
    moduleType: "locale", name: "fr",
    dictionary: {
      "Download plot as a png": "Télécharger en PNG", "Download plot as a PNG": "Télécharger en PNG",
      "Download plot": "Télécharger",
      "Reset axes": "Réinitialiser les axes", "Autoscale": "Échelle automatique", "Zoom": "Zoom",
      "Pan": "Déplacer", "Zoom in": "Zoom avant", "Zoom out": "Zoom arrière", "Reset": "Réinitialiser",
      "Double-click to zoom back out": "Double-clic pour revenir", "Snapshot succeeded": "Image enregistrée",
      "Taking snapshot - this may take a few seconds": "Enregistrement de l'image…"
    },
    format: {
      days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
      shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
      months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"],
      shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
      date: "%d/%m/%Y", decimal: ",", thousands: " "
    }
  });
  document.querySelectorAll(".plot[data-figure]").forEach(function (el) {
    var fig = JSON.parse(el.getAttribute("data-figure"));
    Plotly.newPlot(el, fig.data, fig.layout, {
      responsive: true, displaylogo: false, displayModeBar: true, locale: "fr",
      modeBarButtonsToRemove: ["sendChartToCloud", "sendDataToCloud", "select2d", "lasso2d", "autoScale2d", "toggleSpikelines", "hoverClosestCartesian",
                               "hoverCompareCartesian", "zoom2d", "pan2d", "zoomIn2d", "zoomOut2d"],
      toImageButtonOptions: { format: "png", filename: el.getAttribute("data-name") || "graphique", scale: 2 }
    });
  });
})();
