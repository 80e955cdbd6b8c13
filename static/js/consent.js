/* Consent: activate the scripts the visitor allowed, and enhance the consent dialog and switches.
   Without JavaScript the dialog is a plain form and nothing optional runs. No eval: a new <script src> is made. */
(function () {
  "use strict";
  var nonce = (document.currentScript && document.currentScript.nonce) || "";
  var stateEl = document.getElementById("consent-state");
  var state = { allowed: [] };
  try { state = stateEl ? JSON.parse(stateEl.textContent) : state; } catch (e) { state = { allowed: [] }; }

  function allowed(slug) { return (state.allowed || []).indexOf(slug) !== -1; }

  function activateScripts() {
    var inert = document.querySelectorAll('script[type="text/plain"][data-consent]');
    Array.prototype.forEach.call(inert, function (tag) {
      if (!allowed(tag.dataset.consent) || tag.dataset.consentActive) { return; }
      tag.dataset.consentActive = "true";
      var gtagId = tag.dataset.gtagConfig;
      if (gtagId && window.gtag) {
        window.gtag("js", new Date());
        window.gtag("config", gtagId);
      }
      var live = document.createElement("script");
      live.src = tag.dataset.src;
      live.async = true;
      if (nonce) { live.nonce = nonce; }
      live.dataset.consent = tag.dataset.consent;
      tag.parentNode.insertBefore(live, tag.nextSibling);
    });
  }

  /* Keep purpose switches and their services' switches in step. */
  function wireSwitches(root) {
    Array.prototype.forEach.call(root.querySelectorAll("input[data-purpose]"), function (purposeBox) {
      var slug = purposeBox.dataset.purpose;
      var services = root.querySelectorAll('input[data-in-purpose="' + slug + '"]');
      purposeBox.addEventListener("change", function () {
        Array.prototype.forEach.call(services, function (box) { if (!box.disabled) { box.checked = purposeBox.checked; } });
      });
      Array.prototype.forEach.call(services, function (box) {
        box.addEventListener("change", function () {
          purposeBox.checked = Array.prototype.every.call(services, function (b) { return b.checked; });
        });
      });
    });
  }

  /* Float the unanswered banner at the bottom of the window without hiding any of the page (WCAG 2.4.11): the page
     ends with room as tall as the banner and scrolls anything focused above it; the banner never grows over the
     header. When the window is too short for both, the banner stays in the page flow at the top, as without
     JavaScript. Sizes go to custom properties on <html> through the CSSOM, which the CSP allows. */
  function keepPageClear(dialog) {
    var root = document.documentElement;
    var header = document.querySelector(".site-header");
    var choices = dialog.querySelector("#consent-choices");
    var ringSpace = 8; /* px: the focus ring (3 px outline, 2 px offset) stays clear of the banner too */
    var observer = window.ResizeObserver ? new ResizeObserver(measure) : null;

    function floating() { return dialog.classList.contains("is-floating"); }

    function measure() {
      if (floating()) { root.style.setProperty("--consent-height", Math.ceil(dialog.getBoundingClientRect().height) + "px"); }
    }

    /* Float only when the banner (its opened choices aside, which scroll inside it) fits below the header. */
    function layout() {
      dialog.classList.add("is-floating");
      var below = Math.floor(window.innerHeight - (header ? header.getBoundingClientRect().bottom + window.scrollY : 0));
      var opened = choices && !choices.hidden ? choices.offsetHeight : 0;
      var fits = dialog.scrollHeight - opened + dialog.offsetHeight - dialog.clientHeight <= below;
      dialog.classList.toggle("is-floating", fits);
      root.classList.toggle("consent-floating", fits);
      if (fits) {
        root.style.setProperty("--consent-room", below + "px");
        measure();
      } else {
        clearSizes();
      }
    }

    function clearSizes() {
      root.style.removeProperty("--consent-room");
      root.style.removeProperty("--consent-height");
      if (!root.style.length) { root.removeAttribute("style"); }
    }

    /* Chromium scrolls a focused element into view only when none of it shows; a half-hidden one stays half hidden.
       "nearest" moves the page (and a sideways scroller such as the topic bar) just enough, and the page's
       scroll-padding-bottom makes that "above the banner". */
    function keepInView(el) {
      if (!floating() || !el || el === document.body || el === root || dialog.contains(el)) { return; }
      var box = el.getBoundingClientRect();
      var above = dialog.getBoundingClientRect().top - ringSpace;
      if (box.top < 0 || box.left < 0 || box.bottom > above || box.right > root.clientWidth) {
        el.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
    }

    function onFocus(event) { keepInView(event.target); }
    function onResize() { layout(); keepInView(document.activeElement); }

    layout();
    if (observer) { observer.observe(dialog); }
    window.addEventListener("resize", onResize);
    document.addEventListener("focusin", onFocus);
    try {
      keepInView(window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1))));
    } catch (e) { /* a malformed address fragment names nothing */ }

    return {
      release: function () {
        if (observer) { observer.disconnect(); }
        window.removeEventListener("resize", onResize);
        document.removeEventListener("focusin", onFocus);
        dialog.classList.remove("is-floating");
        root.classList.remove("consent-floating");
        clearSizes();
      }
    };
  }

  function wireDialog(dialog) {
    var form = dialog.querySelector("form");
    var choices = dialog.querySelector("#consent-choices");
    var customize = form.querySelector('button[value="customize"]');
    var previous = document.activeElement;
    var busy = false;

    var room = keepPageClear(dialog);

    function close() {
      dialog.hidden = true;
      room.release();
      var target = previous && previous !== document.body && document.contains(previous) ? previous : document.getElementById("main");
      if (target) { target.focus(); }
    }

    function send(action) {
      if (busy) { return; }
      busy = true;
      var data = new FormData(form);
      data.set("action", action);
      fetch(form.getAttribute("action"), {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        if (!response.ok) { throw new Error("consent not saved"); }
        return response.json();
      }).then(function (answer) {
        if (window.gtag && answer.google) { window.gtag("consent", "update", answer.google); }
        if (answer.reload) {
          /* A new Content-Security-Policy is needed for the allowed hosts: load the page again. */
          window.location.reload();
        } else {
          state.allowed = [];
          close();
        }
      }).catch(function () {
        busy = false;
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = "action";
        hidden.value = action;
        form.appendChild(hidden);
        form.submit();
      });
    }

    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      var action = submitter ? submitter.value : "custom";
      event.preventDefault();
      if (action === "customize") {
        choices.hidden = !choices.hidden;
        customize.setAttribute("aria-expanded", choices.hidden ? "false" : "true");
        if (!choices.hidden) {
          var first = choices.querySelector("input:not([disabled])");
          if (first) { first.focus(); }
        }
        return;
      }
      send(action);
    });

    /* Escape inside the banner closes it without a choice, which refuses everything optional. Only inside: the page
       stays usable beside the banner, and Escape there belongs to the page (it clears the search field, for one). */
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !dialog.hidden) {
        event.preventDefault();
        send("reject_all");
      }
    });

    /* A screen reader starts in the banner. It is not a control, so the stylesheet draws no ring around it. */
    dialog.focus({ preventScroll: true });
  }

  activateScripts();
  Array.prototype.forEach.call(document.querySelectorAll(".consent-form"), wireSwitches);
  var dialog = document.getElementById("consent-dialog");
  if (dialog) { wireDialog(dialog); }
})();
