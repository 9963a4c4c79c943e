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
