// Draws each feedback-form distribution table as a bar chart with Chart.js (served from this
// server). The table stays on the page: it is what screen readers and printing use.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") return;
  document.querySelectorAll("table[data-chart]").forEach(function (table) {
    var canvas = table.previousElementSibling;
    if (!canvas || canvas.tagName !== "CANVAS") return;
    var labels = [];
    var counts = [];
    table.querySelectorAll("tbody tr").forEach(function (row) {
      labels.push(row.querySelector("th").textContent);
      counts.push(Number(row.querySelector("td").textContent));
    });
    new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: [{ label: "Answers", data: counts, backgroundColor: "#1f5f8b" }] },
      options: { indexAxis: "y", animation: false, plugins: { legend: { display: false } },
                 scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
});
