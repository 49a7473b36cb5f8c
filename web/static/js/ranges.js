// Conflicts page: one floating-bar chart per conflict, the competing figure ranges side by side.
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  document.querySelectorAll("canvas.range-chart").forEach(function (canvas) {
    var bars = JSON.parse(canvas.getAttribute("data-ranges") || "[]");
    var top = Math.max.apply(null, bars.map(function (b) { return b.hi === null ? b.lo : b.hi; }));
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: bars.map(function (b) { return b.label; }),
        datasets: [{
          label: "range of the figure (open-ended ranges drawn to 1.25 × the largest bound)",
          data: bars.map(function (b) { return [b.lo, b.hi === null ? top * 1.25 : Math.max(b.hi, b.lo + top * 0.01)]; }),
          backgroundColor: "rgba(180, 60, 40, 0.55)",
          borderColor: "rgb(140, 40, 30)",
          borderWidth: 1
        }]
      },
      options: { indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
                 scales: { x: { beginAtZero: true } } }
    });
  });
})();
