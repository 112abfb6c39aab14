// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // The language switch applies on change; a button is offered when scripts are off.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  // Live regions (fleet table, kiosks following a module change) refresh themselves from the
  // same page on the server, so states change on screen without a reload and without an API.
  document.querySelectorAll("[data-refresh-seconds]").forEach(function (region) {
    var seconds = parseInt(region.getAttribute("data-refresh-seconds"), 10) || 10;
    region.setAttribute("aria-live", "polite");
    window.setInterval(function () {
      if (document.hidden) { return; }
      fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (!html) { return; }
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
          if (fresh && fresh.innerHTML !== region.innerHTML) { region.innerHTML = fresh.innerHTML; }
        })
        .catch(function () { /* offline for a moment: the next tick tries again */ });
    }, seconds * 1000);
  });
})();
