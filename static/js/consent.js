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

  function wireDialog(dialog) {
    var form = dialog.querySelector("form");
    var choices = dialog.querySelector("#consent-choices");
    var customize = form.querySelector('button[value="customize"]');
    var previous = document.activeElement;
    var busy = false;

    function close() {
      dialog.hidden = true;
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

    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !dialog.hidden) {
        event.preventDefault();
        /* Closing the dialog without a choice refuses everything optional. */
        send("reject_all");
      }
    });

    dialog.classList.add("is-floating");
    dialog.focus();
  }

  activateScripts();
  Array.prototype.forEach.call(document.querySelectorAll(".consent-form"), wireSwitches);
  var dialog = document.getElementById("consent-dialog");
  if (dialog) { wireDialog(dialog); }
})();
