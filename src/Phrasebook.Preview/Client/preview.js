// Phrasebook preview: reloads this page when a rebuild changed it, and shows the content's errors
// over the page (the last good build stays underneath) until they are fixed. Added by `preview` only.
(() => {
  "use strict";
  const me = document.currentScript;
  const page = me.dataset.page;
  let version = Number(me.dataset.version);
  let host = null;

  const reload = () => location.reload();

  const hide = () => {
    if (host) {
      host.remove();
      host = null;
    }
  };

  // Text only (textContent), in a shadow root so neither the site's CSS nor its content can change it.
  const show = (errors) => {
    hide();
    host = document.createElement("phrasebook-preview-errors");
    const root = host.attachShadow({ mode: "open" });
    const box = document.createElement("section");
    box.setAttribute("role", "alert");
    box.id = "overlay";
    const s = box.style;
    s.position = "fixed";
    s.inset = "0";
    s.zIndex = "2147483647";
    s.overflow = "auto";
    s.background = "rgba(20, 20, 20, 0.94)";
    s.color = "#fff";
    s.font = "15px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    s.padding = "2rem";
    const title = document.createElement("h2");
    title.textContent = `${errors.length} error${errors.length === 1 ? "" : "s"}: the page shows the last good build until they are fixed`;
    title.style.color = "#ff8a80";
    title.style.font = "bold 18px/1.4 system-ui, sans-serif";
    box.append(title);
    const list = document.createElement("ol");
    for (const e of errors) {
      const item = document.createElement("li");
      item.style.marginBottom = "1rem";
      const where = document.createElement("div");
      where.className = "location";
      where.textContent = e.location;
      where.style.color = "#80d8ff";
      const what = document.createElement("div");
      what.className = "message";
      what.textContent = `${e.code}: ${e.message}`;
      item.append(where, what);
      if (e.hint) {
        const hint = document.createElement("div");
        hint.className = "hint";
        hint.textContent = `hint: ${e.hint}`;
        hint.style.color = "#bdbdbd";
        item.append(hint);
      }
      list.append(item);
    }
    box.append(list);
    root.append(box);
    document.documentElement.append(host);
  };

  const events = new EventSource(me.dataset.events);
  // For tests and the curious: whether this page is listening, and to which build.
  window.phrasebookPreview = { connected: false, version };
  // Sent on every (re)connection: catches up with rebuilds made while this page was loading or offline.
  events.addEventListener("state", (e) => {
    const state = JSON.parse(e.data);
    window.phrasebookPreview = { connected: true, version: state.version };
    if (state.errors.length > 0) {
      show(state.errors);
    } else if (host || state.version !== version) {
      reload();
    }
  });
  events.addEventListener("reload", (e) => {
    const change = JSON.parse(e.data);
    if (host || change.all || change.files.includes(page) || page === "") {
      reload();
    } else {
      version = change.version;
    }
  });
  events.addEventListener("errors", (e) => show(JSON.parse(e.data).errors));
})();
