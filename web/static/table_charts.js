// Draws the charts of a page with Chart.js (served from this server) from the tables beside
// them, so a chart never says what its table does not. The table stays on the page: it is what
// screen readers and printing use; the canvas before it is hidden from them.
//   <table data-chart="bar">      one bar per row, from the first number column (feedback forms)
//   <table data-chart="stacked">  one stacked bar per row, a series per number column, coloured
//                                 by the column heading's data-heat (the dashboard's heatmap keys)
(function () {
  var HEAT = { good: "#2e7d4f", watch: "#c28a00", risk: "#b3261e", none: "#8a929c" };

  function numbers(row) {
    return Array.prototype.map.call(row.querySelectorAll("td"), function (cell) {
      return Number(cell.textContent);
    });
  }

  function draw(table) {
    var canvas = table.closest(".table-wrap") ? table.closest(".table-wrap").previousElementSibling
                                              : table.previousElementSibling;
    if (!canvas || canvas.tagName !== "CANVAS") return;
    var existing = Chart.getChart(canvas);
    if (existing) existing.destroy();
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    // A row heading may name a shorter label for the axis (data-chart-label): a session's day.
    var labels = rows.map(function (row) {
      var head = row.querySelector("th");
      return head.getAttribute("data-chart-label") || head.textContent;
    });
    var heads = Array.prototype.slice.call(table.querySelectorAll("thead th")).slice(1);
    var stacked = table.getAttribute("data-chart") === "stacked";
    var datasets = stacked
      ? heads.map(function (head, i) {
          return { label: head.textContent, backgroundColor: HEAT[head.getAttribute("data-heat")] || "#1f5f8b",
                   data: rows.map(function (row) { return numbers(row)[i]; }) };
        })
      : [{ label: heads.length ? heads[0].textContent : "", backgroundColor: "#1f5f8b",
           data: rows.map(function (row) { return numbers(row)[0]; }) }];
    new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: stacked ? "x" : "y", animation: false,
        plugins: { legend: { display: stacked } },
        scales: stacked
          ? { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
          : { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function drawAll() {
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("table[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  // The dashboard's filters swap the region holding the charts: draw the new tables.
  document.addEventListener("htmx:afterSettle", drawAll);
})();
