// The incident list: filters, a contradiction badge per incident, paging,
// export links, the map and the timeline of the listed incidents.
import * as api from "./api.js";
import { el, errorBox, replace } from "./dom.js";
import { dates, where } from "./format.js";
import { drawMap } from "./map.js";
import { drawTimeline } from "./timeline.js";

const FILTERS = ["type", "place", "from", "to", "source", "contradicted"];
const PAGE = 50;

function filterForm(params, onApply) {
  const input = (name, attrs) => el("input", { name, id: `f-${name}`, value: params.get(name) || "", ...attrs });
  const form = el("form", { class: "filters", id: "filters" },
    el("label", {}, "Type ", input("type", { placeholder: "kill", size: 8 })),
    el("label", {}, "Place ", input("place", { placeholder: "Tripoli", size: 12 })),
    el("label", {}, "From ", input("from", { type: "date" })),
    el("label", {}, "To ", input("to", { type: "date" })),
    el("label", {}, "Source ", input("source", { size: 12 })),
    el("label", {}, input("contradicted", { type: "checkbox", value: "1", checked: params.get("contradicted") === "1" }),
      " contradicted only"),
    el("button", { type: "submit" }, "Apply"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const field = form.elements[name];
      const value = field.type === "checkbox" ? (field.checked ? "1" : "") : field.value.trim();
      if (value) next.set(name, value);
    }
    onApply(next);
  });
  return form;
}

function incidentRow(incident) {
  const badge = incident.contradictions > 0
    ? el("span", { class: "badge contradicted", title: "claims that cannot all be true" },
        `${incident.contradictions} contradiction${incident.contradictions === 1 ? "" : "s"}`)
    : el("span", { class: "badge" }, "no contradiction");
  return el("li", { class: "incident-row", dataset: { id: incident.id } },
    el("a", { href: `#/incident/${incident.id}`, class: "incident-link" },
      el("strong", {}, incident.type), " ", where(incident) || "(place unknown)"),
    " ", badge,
    el("div", { class: "meta" },
      `${incident.id} · ${dates(incident) || "undated"} · ${incident.claims} claims from ${incident.documents} report${incident.documents === 1 ? "" : "s"}`,
      incident.sources.length ? ` · ${incident.sources.filter(Boolean).join(", ")}` : ""));
}

function exportLinks(filters) {
  const links = ["jsonl", "csv", "geojson"].map((format) =>
    el("a", { class: "button", href: api.url("export", { ...filters, format }), download: `crosscheck-incidents.${format}` },
      `Export ${format.toUpperCase()}`));
  return el("div", { class: "exports" }, ...links);
}

export async function showList(root, params) {
  const filters = Object.fromEntries(FILTERS.filter((f) => params.get(f)).map((f) => [f, params.get(f)]));
  const offset = Number(params.get("offset") || 0);
  const go = (next) => { location.hash = `#/?${next.toString()}`; };
  const listBox = el("ul", { class: "incidents", id: "incident-list" });
  const mapBox = el("div", { class: "map", id: "map" });
  const timelineBox = el("div", { class: "timeline", id: "timeline" });
  const pager = el("div", { class: "pager" });
  replace(root,
    el("h1", {}, "Incidents"),
    filterForm(params, go),
    exportLinks(filters),
    el("div", { class: "overview" }, mapBox, timelineBox),
    listBox, pager);
  try {
    const page = await api.get("incidents", { ...filters, limit: PAGE, offset });
    if (!page.incidents.length) listBox.append(el("li", { class: "empty" }, "No incidents match. Add a report to start."));
    for (const incident of page.incidents) listBox.append(incidentRow(incident));
    const link = (label, at) => {
      const next = new URLSearchParams(params);
      next.set("offset", String(at));
      return el("a", { href: `#/?${next.toString()}`, class: "button" }, label);
    };
    if (offset > 0) pager.append(link("← Newer", Math.max(0, offset - PAGE)));
    if (page.next_offset !== null) pager.append(link("Older →", page.next_offset));
    drawMap(mapBox, page.incidents);
    const all = await api.get("incidents", { ...filters, limit: 1000 });
    drawTimeline(timelineBox, all.incidents);
  } catch (error) {
    listBox.append(errorBox(error));
  }
}
