// A map of the listed incidents over Natural Earth country outlines
// (world-atlas, drawn with d3-geo; no tile server). An incident's position
// is the first of its claims' places with coordinates.
import * as api from "./api.js";
import { el, replace, svg } from "./dom.js";
import { where } from "./format.js";

const WIDTH = 640, HEIGHT = 330;
let countries = null;  // the basemap, fetched once

async function basemap() {
  if (!countries) {
    const atlas = await (await fetch("/vendor/countries-110m.json")).json();
    countries = topojson.feature(atlas, atlas.objects.countries);
  }
  return countries;
}

async function position(id) {
  const incident = await api.get(`incidents/${encodeURIComponent(id)}`);
  const claim = incident.claims.find((c) => c.place && typeof c.place.lat === "number");
  return claim ? [claim.place.lon, claim.place.lat] : null;
}

// At most `limit` requests at a time.
async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]).catch(() => null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function drawMap(box, incidents) {
  if (typeof d3 === "undefined" || typeof topojson === "undefined") return;
  const world = await basemap();
  const projection = d3.geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "map of incidents" },
    svg("path", { class: "sphere", d: path({ type: "Sphere" }) }),
    ...world.features.map((f) => svg("path", { class: "country", d: path(f) || "" })));
  replace(box, root);
  const positions = await mapLimited(incidents, 4, (i) => position(i.id));
  incidents.forEach((incident, k) => {
    if (!positions[k]) return;
    const [x, y] = projection(positions[k]);
    const dot = svg("circle", {
      cx: x, cy: y, r: 4 + Math.min(6, incident.claims), class: incident.contradictions ? "dot contradicted" : "dot",
      onclick: () => { location.hash = `#/incident/${incident.id}`; },
    }, svg("title", {}, `${incident.id} ${incident.type} · ${where(incident)}`));
    root.append(dot);
  });
  const placed = positions.filter(Boolean).length;
  box.append(el("p", { class: "meta" }, `${placed} of ${incidents.length} listed incidents have coordinates.`));
}
