// Instant filtering on the timeline index. Without JavaScript the filter links lead to the actor,
// kind and year pages; with it they filter in place and record the choice in the URL (?actor=&kind=&year=).
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var links = Array.prototype.slice.call(document.querySelectorAll("a.filter"));
  var status = document.querySelector(".filter-status");
  // An index split into pages holds only some events: its filter links lead to the filter pages.
  var paginated = document.querySelector(".filters[data-paginated]");
  if (paginated || !items.length || !links.length || !window.URLSearchParams || !history.replaceState) return;
  var keys = ["actor", "kind", "year"];
  function current() {
    var params = new URLSearchParams(location.search);
    var state = {};
    keys.forEach(function (k) { var v = params.get(k); if (v) state[k] = v; });
    return state;
  }
  function matches(item, state) {
    if (state.kind && item.getAttribute("data-kind") !== state.kind) return false;
    if (state.year && item.getAttribute("data-year") !== state.year) return false;
    if (state.actor && (" " + item.getAttribute("data-actors") + " ").indexOf(" " + state.actor + " ") < 0) return false;
    return true;
  }
  function apply(state) {
    var shown = 0;
    items.forEach(function (item) {
      var ok = matches(item, state);
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    document.querySelectorAll("section.year").forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
    document.querySelectorAll("h3.month").forEach(function (heading) {
      var list = heading.nextElementSibling;
      heading.hidden = !!list && !list.querySelector("li.event:not([hidden])");
    });
    document.querySelectorAll("p.gap").forEach(function (gap) { gap.hidden = Object.keys(state).length > 0; });
    links.forEach(function (link) {
      var on = state[link.getAttribute("data-filter")] === link.getAttribute("data-value");
      link.setAttribute("aria-pressed", on ? "true" : "false");
    });
    if (status) {
      status.textContent = Object.keys(state).length ? shown + " of " + items.length + " events shown" : "";
    }
  }
  links.forEach(function (link) {
    link.setAttribute("role", "button");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var state = current();
      var key = link.getAttribute("data-filter");
      var value = link.getAttribute("data-value");
      if (state[key] === value) delete state[key]; else state[key] = value;
      var params = new URLSearchParams();
      keys.forEach(function (k) { if (state[k]) params.set(k, state[k]); });
      var query = params.toString();
      try {
        history.pushState(state, "", query ? "?" + query : location.pathname.split("/").pop() || "index.html");
      } catch (e) {
        // Some browsers refuse pushState on file:// pages; filtering still works.
      }
      apply(state);
    });
  });
  window.addEventListener("popstate", function () { apply(current()); });
  apply(current());
})();
