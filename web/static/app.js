// htmx 2 ignores 4xx answers by default; forms here re-render with their messages on 422,
// so swap those too. Everything else keeps htmx's defaults.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
