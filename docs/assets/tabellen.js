/*
 * A table wider than the screen scrolls inside its own box (Material wraps it in
 * .md-typeset__scrollwrap). A keyboard user can only scroll that box when it can take focus
 * (WCAG 2.1.1, axe rule scrollable-region-focusable), so a box that scrolls gets tabindex="0" and
 * a name for screen readers; a box that fits gets neither, so it adds no extra Tab stop.
 */
(function () {
  function update() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Tabel: schuif opzij om alles te zien");
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  // document$ is Material's "page is ready" signal; its tables are wrapped by then.
  document$.subscribe(update);
  window.addEventListener("resize", update);
})();
