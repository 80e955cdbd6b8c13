/* Google Consent Mode v2: denied by default, then the visitor's stored choices. Runs before any Google tag. */
(function () {
  "use strict";
  var el = document.getElementById("consent-state");
  var state = {};
  try { state = el ? JSON.parse(el.textContent) : {}; } catch (e) { state = {}; }
  window.dataLayer = window.dataLayer || [];
  if (!window.gtag) {
    window.gtag = function () { window.dataLayer.push(arguments); };
  }
  window.gtag("consent", "default", {
    ad_storage: "denied",
    ad_user_data: "denied",
    ad_personalization: "denied",
    analytics_storage: "denied",
    wait_for_update: 500
  });
  if (state.google) {
    window.gtag("consent", "update", state.google);
  }
})();
