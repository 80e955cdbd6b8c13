// Comment forms: a live character counter (Unicode code points, like the server), inline reply forms, and refusals
// (too fast, too long) shown in the form that was sent, without leaving the page.
(function () {
  "use strict";

  // Count like the server (comments/services.py normalize_body): code points, without outer whitespace.
  function codePoints(text) {
    return [...text.trim()].length;
  }

  // Worded like the server's message (services.too_long_message), so the person reads one sentence either way.
  function tooLong(over) {
    return "Your comment is " + over + (over === 1 ? " character" : " characters") + " too long.";
  }

  function dropErrorReference(textarea) {
    var ids = (textarea.getAttribute("aria-describedby") || "").split(" ").filter(function (v) {
      return v && v.indexOf("_error") === -1;
    });
    textarea.setAttribute("aria-describedby", ids.join(" "));
  }

  // Drafts: what a person types is kept in this tab's sessionStorage until the site confirms the comment, so text
  // survives a refused post (an expired form, a lost connection, a session that ended) and a reload.
  function draftKey(form) {
    var parent = form.querySelector("input[name=parent]");
    return "comment-draft:" + window.location.pathname + ":" + ((parent && parent.value) || "top");
  }

  function storage() {
    try {
      return window.sessionStorage;
    } catch (error) {
      return null; // storage switched off: drafts are a convenience, the form works without them
    }
  }

  function keepDrafts(form, textarea) {
    var store = storage();
    if (!store || form.getAttribute("action") === null) return;
    var key = draftKey(form);
    var saved = store.getItem(key);
    if (saved && !textarea.value) {
      textarea.value = saved;
      var note = document.createElement("p");
      note.className = "comment-draft-note";
      note.setAttribute("role", "status");
      note.textContent = "Your unsent comment is back in the box.";
      textarea.before(note);
    }
    textarea.addEventListener("input", function () {
      try {
        if (textarea.value.trim()) store.setItem(key, textarea.value);
        else store.removeItem(key);
      } catch (error) {
        /* full storage: keep typing without a draft */
      }
    });
  }

  // The page confirms a posted comment: its drafts on this page have arrived.
  function forgetArrivedDrafts() {
    var store = storage();
    if (!store || !document.querySelector(".comment-note")) return;
    var prefix = "comment-draft:" + window.location.pathname + ":";
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (key && key.indexOf(prefix) === 0) store.removeItem(key);
    }
  }

  function wire(form) {
    var textarea = form.querySelector("textarea");
    var counter = form.querySelector(".comment-count");
    var warning = form.querySelector(".comment-too-long");
    var button = form.querySelector("button[type=submit]");
    var max = parseInt((form.querySelector(".comment-max") || {}).textContent, 10) || 8192;
    if (!textarea || !counter) return;
    // The server's error about the text, if the page came back with one: it stays the only message until the
    // person changes the text, and then the live warning takes over (never both at once).
    var serverError = document.getElementById(textarea.id + "_error");
    function update(event) {
      var used = codePoints(textarea.value);
      counter.textContent = String(used);
      var over = used - max;
      if (button) button.disabled = over > 0;
      if (event && serverError) {
        serverError.remove();
        serverError = null;
        textarea.classList.remove("is-invalid");
        textarea.removeAttribute("aria-invalid");
        dropErrorReference(textarea);
      }
      if (warning) {
        var show = over > 0 && !serverError;
        warning.hidden = !show;
        warning.textContent = show ? tooLong(over) : "";
      }
    }
    keepDrafts(form, textarea);
    textarea.addEventListener("input", update);
    update(null);
  }

  // A reply box under its comment closes with Cancel, and the focus goes back to its "Reply" link.
  function addCancel(form) {
    var host = form.closest(".comment-box");
    var submit = form.querySelector("button[type=submit]");
    if (!host || !submit || form.querySelector(".comment-cancel")) return;
    var link = host.querySelector("a.comment-reply-link");
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "btn btn-secondary comment-cancel";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", function () {
      form.remove();
      if (link) link.focus();
    });
    submit.after(" ", cancel);
  }

  function openReply(link) {
    var main = document.getElementById("comment-form");
    var id = link.getAttribute("data-parent");
    var host = link.closest(".comment-box");
    if (!main || !host) return false;
    var existing = document.getElementById("reply-form-" + id);
    if (existing) {
      existing.querySelector("textarea").focus();
      return true;
    }
    var form = main.cloneNode(true);
    form.id = "reply-form-" + id;
    form.classList.add("comment-reply-form");
    form.querySelectorAll("[id]").forEach(function (el) {
      el.id = el.id + "-r" + id;
    });
    form.querySelectorAll("label[for]").forEach(function (el) {
      el.setAttribute("for", el.getAttribute("for") + "-r" + id);
    });
    form.querySelectorAll("[aria-describedby]").forEach(function (el) {
      el.setAttribute(
        "aria-describedby",
        el.getAttribute("aria-describedby").split(" ").map(function (v) { return v + "-r" + id; }).join(" ")
      );
    });
    form.querySelectorAll(".alert, .invalid-feedback").forEach(function (el) { el.remove(); });
    var textarea = form.querySelector("textarea");
    textarea.value = "";
    textarea.removeAttribute("autofocus");
    textarea.classList.remove("is-invalid");
    textarea.removeAttribute("aria-invalid");
    dropErrorReference(textarea);
    var label = form.querySelector("label[for^='" + textarea.id + "']") || form.querySelector("label");
    if (label) label.textContent = "Reply";
    form.querySelector("input[name=parent]").value = id;
    // ops: the reply is a new submission, so it needs its own key (an empty key only loses double-submit safety).
    var key = form.querySelector("input[name=submission_key]");
    if (key) key.value = window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID() : "";
    form.querySelector("button[type=submit]").textContent = "Post reply";
    host.appendChild(form);
    addCancel(form);
    wire(form);
    textarea.focus();
    return true;
  }

  // The site sends its answer as JSON when asked (comments/views.py): the new comment's address, or the form again
  // with the text and the reason for a refusal. Any other answer (a lapsed session, a damaged security token) is
  // left to the browser: the form is posted again as without JavaScript, and the draft is kept in this tab.
  function postInPlace(event) {
    var form = event.target;
    if (!window.fetch || !window.FormData || !form.matches || !form.matches("form.comment-form[action]")) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    var answered = false;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      redirect: "manual",
    })
      .then(function (response) {
        answered = true;
        if ((response.headers.get("Content-Type") || "").indexOf("application/json") !== 0) {
          throw new Error("not an answer for this script");
        }
        return response.json();
      })
      .then(function (answer) {
        // The comment's own address (/comments/N/), which sends the browser on to the article page showing it.
        if (answer.location) window.location.assign(answer.location);
        else if (answer.form) showRefused(form, answer.form);
        else throw new Error("not an answer for this script");
      })
      .catch(function () {
        if (answered) form.submit();
        else unreachable(form, button);
      });
  }

  function showRefused(form, html) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    var fresh = holder.content.querySelector("form");
    if (!fresh) {
      form.submit();
      return;
    }
    form.replaceWith(fresh);
    addCancel(fresh);
    wire(fresh);
    // The box reads its label, the reason (aria-describedby) and the counter; a reason about the whole form is
    // an alert of its own.
    fresh.querySelector("textarea").focus();
  }

  function unreachable(form, button) {
    if (button) button.disabled = false;
    var note = form.querySelector(".comment-unreachable");
    if (!note) {
      note = document.createElement("p");
      note.className = "comment-unreachable alert alert-danger";
      note.setAttribute("role", "alert");
      if (button) button.parentNode.before(note);
      else form.append(note);
    }
    note.textContent = "The site could not be reached. Your text is still here: please try again.";
  }

  forgetArrivedDrafts();
  document.querySelectorAll("form.comment-form").forEach(function (form) {
    addCancel(form);
    wire(form);
  });
  document.addEventListener("submit", postInPlace);
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.comment-reply-link");
    if (link && openReply(link)) event.preventDefault();
  });
})();
