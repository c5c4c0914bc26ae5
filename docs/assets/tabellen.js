/*
 * A table wider than the screen scrolls inside its own box (Material wraps it in
 * .md-typeset__scrollwrap). Such a box gets:
 * - a line above it that says the table scrolls sideways: on a phone nothing else shows that
 *   columns are hidden to the right;
 * - tabindex="0" and a name for screen readers, because a keyboard user can only scroll a box
 *   that can take focus (WCAG 2.1.1, axe rule scrollable-region-focusable).
 * A table that fits gets neither, so it adds no extra Tab stop, and keeps its header row in view
 * while the page scrolls (klachten.css, class tabel--past).
 */
(function () {
  var HINT_CLASS = "tabel__schuif";

  function hintFor(box) {
    var before = box.previousElementSibling;
    return before && before.classList.contains(HINT_CLASS) ? before : null;
  }

  function markScrolling(box) {
    box.classList.add("tabel--schuift");
    box.classList.remove("tabel--past");
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", "Tabel: schuif opzij om alles te zien");
    if (!hintFor(box)) {
      var hint = document.createElement("p");
      hint.className = HINT_CLASS;
      hint.setAttribute("aria-hidden", "true");  // the box's own name says it to a screen reader
      hint.textContent = "Niet alle kolommen passen op je scherm: schuif de tabel opzij om ze te zien \u2192";
      box.parentNode.insertBefore(hint, box);
    }
  }

  function markFitting(box, exactly) {
    // A box that is a pixel too narrow (rounding) still clips: it may not show its overflow.
    box.classList.toggle("tabel--past", exactly);
    box.classList.remove("tabel--schuift");
    box.removeAttribute("tabindex");
    box.removeAttribute("role");
    box.removeAttribute("aria-label");
    var hint = hintFor(box);
    if (hint) hint.remove();
  }

  function update() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) markScrolling(box);
      else markFitting(box, box.scrollWidth <= box.clientWidth);
    });
  }
  // document$ is Material's "page is ready" signal; its tables are wrapped by then.
  document$.subscribe(update);
  window.addEventListener("resize", update);
})();
