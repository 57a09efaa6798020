// The page's router: #/ (incidents), #/incident/ID, #/document/ID, #/add,
// #/sources, #/search?q=. A token in the address (#token=...), as
// `crosscheck serve` prints it, is kept for this tab and taken out of the
// address bar.
import * as api from "./api.js";
import { el, errorBox, replace } from "./dom.js";
import { showAdd } from "./add_view.js";
import { showDocument } from "./document_view.js";
import { showIncident } from "./incident_view.js";
import { showList } from "./list_view.js";

const root = document.getElementById("view");

function takeToken() {
  const match = /^#token=([0-9A-Za-z_-]{1,200})$/.exec(location.hash);
  if (!match) return;
  api.setToken(match[1]);
  history.replaceState(null, "", location.pathname + "#/");
}

async function showSources() {
  try {
    const { sources } = await api.get("sources");
    replace(root, el("h1", {}, "Sources"),
      el("table", { class: "sources" },
        el("tr", {}, el("th", {}, "outlet"), el("th", {}, "reports"), el("th", {}, "claims"), el("th", {}, "published")),
        sources.map((s) => el("tr", {},
          el("td", {}, el("a", { href: `#/?source=${encodeURIComponent(s.name)}` }, s.name || "(no outlet)")),
          el("td", {}, s.documents), el("td", {}, s.claims),
          el("td", {}, `${s.first_published || "?"} – ${s.last_published || "?"}`)))));
  } catch (error) {
    replace(root, errorBox(error));
  }
}

async function showSearch(q) {
  replace(root, el("h1", {}, `Search: ${q}`));
  try {
    const { hits } = await api.get("search", { q, limit: 50 });
    root.append(el("ul", { class: "hits" }, hits.length ? hits.map((h) =>
      el("li", {},
        el("a", { href: h.kind === "claim" ? `#/incident/${h.incident}` : `#/document/${h.document}` },
          h.kind === "claim" ? `${h.claim} in ${h.incident}` : `report ${h.document.slice(0, 12)}`),
        ` · ${h.source || "unknown outlet"} · `, h.snippet)) : el("li", {}, "Nothing found.")));
  } catch (error) {
    root.append(errorBox(error));
  }
}

function route() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const parts = path.split("/").filter(Boolean);
  if (parts[0] === "incident" && parts[1]) return showIncident(root, parts[1]);
  if (parts[0] === "document" && parts[1]) return showDocument(root, parts[1], params.get("claim"));
  if (parts[0] === "add") return showAdd(root);
  if (parts[0] === "sources") return showSources();
  if (parts[0] === "search") return showSearch(params.get("q") || "");
  return showList(root, params);
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
takeToken();
window.addEventListener("hashchange", route);
route();
