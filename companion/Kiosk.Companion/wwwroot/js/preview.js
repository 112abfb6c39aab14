// The lesson preview: shows the virtual kiosk's screen and turns clicks on it into touches.
(function () {
  "use strict";
  var canvas = document.getElementById("preview-screen");
  if (!canvas) { return; }
  var context = canvas.getContext("2d");
  var state = document.getElementById("preview-state");
  var token = document.querySelector("input[name=__RequestVerificationToken]").value;
  var version = -1;
  var ended = false;
  // Press and release go out one after the other: a release overtaking its press would leave a finger on the screen.
  var touches = Promise.resolve();

  function show(response) {
    var next = response.headers.get("X-Frame-Version");
    var screen = response.headers.get("X-Kiosk-Screen");
    return response.blob().then(createImageBitmap).then(function (bitmap) {
      context.drawImage(bitmap, 0, 0);
      version = Number(next);
      canvas.setAttribute("data-version", next);
      canvas.setAttribute("data-screen", screen);
      state.textContent = screen;
    });
  }

  function poll() {
    fetch(canvas.getAttribute("data-screen-url") + "?since=" + version, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.status === 200) { return show(response); }
        if (response.status === 404) { ended = true; window.location.reload(); }
        return null;
      })
      .catch(function () { /* the server is busy or restarting: the next poll tries again */ })
      .then(function () { if (!ended) { window.setTimeout(poll, 150); } });
  }

  function touch(event, pressed) {
    var box = canvas.getBoundingClientRect();
    var x = Math.floor((event.clientX - box.left) * canvas.width / box.width);
    var y = Math.floor((event.clientY - box.top) * canvas.height / box.height);
    x = Math.max(0, Math.min(canvas.width - 1, x));
    y = Math.max(0, Math.min(canvas.height - 1, y));
    var url = canvas.getAttribute("data-touch-url") + "?x=" + x + "&y=" + y + "&pressed=" + pressed;
    touches = touches.then(function () {
      return fetch(url, { method: "POST", credentials: "same-origin", headers: { "RequestVerificationToken": token } });
    }).catch(function () { /* a lost touch is like a missed tap on the device */ });
  }

  canvas.addEventListener("pointerdown", function (event) { canvas.setPointerCapture(event.pointerId); touch(event, true); });
  canvas.addEventListener("pointerup", function (event) { touch(event, false); });
  poll();
})();
