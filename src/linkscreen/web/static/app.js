// linkscreen's queue keyboard and buttons. No inline scripts: the page's CSP allows only this file and htmx.
(function () {
  "use strict";
  const undoStack = [];

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function cards() {
    return Array.from(document.querySelectorAll("#queue-list article.card"));
  }

  function current() {
    return document.querySelector("#queue-list article.card.focused");
  }

  function focusCard(card) {
    if (!card) return;
    cards().forEach(function (c) { c.classList.remove("focused"); });
    card.classList.add("focused");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const list = cards();
    if (!list.length) return;
    const index = list.indexOf(current());
    const next = index < 0 ? 0 : Math.min(Math.max(index + step, 0), list.length - 1);
    focusCard(list[next]);
  }

  function toast(text) {
    const box = document.getElementById("toast");
    if (!box) return;
    box.textContent = text;
    box.classList.add("shown");
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.classList.remove("shown"); }, 2500);
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const data = await response.json().catch(function () { return {}; });
    if (!response.ok) throw new Error(data.error || ("HTTP " + response.status));
    return data;
  }

  function showStatus(card, status, decided) {
    card.dataset.status = status;
    card.className = card.className.replace(/\bstatus-\w+/, "status-" + status);
    const badge = card.querySelector('[data-role="status"]');
    if (badge) badge.textContent = decided ? status + ": " + decided : status;
    card.classList.toggle("done", Boolean(decided));
  }

  async function decide(card, action) {
    if (!card) return;
    try {
      const result = await post("/api/v1/invitations/" + card.dataset.id + "/decision", { action: action });
      undoStack.push({ id: card.dataset.id, previous: result.previous_status, action: action });
      showStatus(card, result.status, action);
      toast(action + ": " + card.querySelector(".name").textContent + " (u to undo)");
      move(1);
    } catch (error) {
      toast("Could not record: " + error.message);
    }
  }

  async function undo() {
    const last = undoStack.pop();
    if (!last) { toast("Nothing to undo"); return; }
    const card = document.getElementById("request-" + last.id);
    try {
      const result = await post("/api/v1/invitations/" + last.id + "/undo", { previous_status: last.previous });
      if (card) { showStatus(card, result.status, ""); focusCard(card); }
      toast("Undid " + last.action);
    } catch (error) {
      toast("Could not undo: " + error.message);
    }
  }

  function copyFrom(id) {
    const node = document.getElementById(id);
    if (!node) return;
    const text = node.textContent;
    const done = function () { toast("Reply copied"); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(node, done); });
    } else {
      fallbackCopy(node, done);
    }
  }

  function fallbackCopy(node, done) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand("copy"); done(); } catch (error) { toast("Select the text and copy it"); }
  }

  function toggleHelp() {
    const dialog = document.getElementById("help");
    if (!dialog) return;
    if (dialog.open) dialog.close(); else dialog.showModal();
  }

  const KEYS = {
    j: function () { move(1); },
    k: function () { move(-1); },
    a: function () { decide(current(), "accept"); },
    s: function () { decide(current(), "ask"); },
    i: function () { decide(current(), "ignore"); },
    u: undo,
    c: function () { const card = current(); if (card) copyFrom("reply-" + card.dataset.id); },
    "?": toggleHelp,
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (!document.getElementById("queue-list")) return;
    const handler = KEYS[event.key];
    if (!handler) return;
    event.preventDefault();
    if ("asic".includes(event.key) && !current()) focusCard(cards()[0]);
    handler();
  });

  document.addEventListener("click", function (event) {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.classList.contains("decide")) {
      event.preventDefault(); // with JavaScript the API records it in place; without, the form posts it
      const card = button.closest("article.card");
      focusCard(card);
      decide(card, button.dataset.action);
    } else if (button.classList.contains("copy")) {
      copyFrom(button.dataset.copy);
    }
  });

  // Forms that destroy something ask first (the question is the form's data-confirm text, shown as text).
  document.addEventListener("submit", function (event) {
    const form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });

  // An htmx request that fails (a bad filter, a refused upload): show the error page's message at the top.
  document.addEventListener("htmx:responseError", function (event) {
    const xhr = event.detail.xhr;
    const page = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
    const problem = page.querySelector(".problem");
    let text = problem ? problem.textContent : "";
    if (!text) {
      try { text = JSON.parse(xhr.responseText).error; } catch (error) { text = ""; }
    }
    let box = document.getElementById("request-error");
    if (!box) {
      box = document.createElement("p");
      box.id = "request-error";
      box.className = "problem";
      box.setAttribute("role", "alert");
      document.querySelector("main").prepend(box);
    }
    box.textContent = text || ("The request failed (HTTP " + xhr.status + ").");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    const box = document.getElementById("request-error");
    if (box && event.detail.successful) box.remove();
  });

  // After a correction the page comes back as /queue#request-ID: focus that card, else the first.
  document.addEventListener("DOMContentLoaded", function () {
    const named = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    const first = named && named.matches("#queue-list article.card") ? named : cards()[0];
    if (first) focusCard(first);
  });
  document.addEventListener("htmx:afterSwap", function () {
    const first = cards()[0];
    if (first && !current()) focusCard(first);
  });
})();
