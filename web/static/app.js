// htmx 2 ignores 4xx answers by default; forms here re-render with their messages on 422,
// so swap those too. Everything else keeps htmx's defaults.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// Every htmx request carries the session's CSRF token, as forms do in a hidden field.
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers["X-CSRF-Token"] = meta.content;
});

// A Critical Friends round's timer: the server says when the step's time ends; the page counts
// down to it. Without scripts the element keeps the step's minutes. Screen readers are not told
// every second (no live region); the time is read when the person reaches it.
(function () {
  var timers = document.querySelectorAll("[data-ends-at]");
  if (!timers.length) return;
  function tick() {
    timers.forEach(function (timer) {
      var left = Math.round((Date.parse(timer.getAttribute("data-ends-at")) - Date.now()) / 1000);
      if (isNaN(left)) return;
      if (left <= 0) {
        timer.textContent = "Time is up";
        timer.setAttribute("data-up", "true");
        return;
      }
      var minutes = Math.floor(left / 60), seconds = left % 60;
      timer.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds + " left";
    });
  }
  tick();
  setInterval(tick, 1000);
})();
