// Incidents per month, as bars; contradicted incidents in their own colour.
import { el, replace, svg } from "./dom.js";

const WIDTH = 640, HEIGHT = 140, PAD = 24;

export function drawTimeline(box, incidents) {
  const months = new Map();
  for (const incident of incidents) {
    const month = (incident.first_date || "").slice(0, 7);
    if (!month) continue;
    const m = months.get(month) || { all: 0, contradicted: 0 };
    m.all += 1;
    if (incident.contradictions) m.contradicted += 1;
    months.set(month, m);
  }
  if (!months.size) return replace(box, el("p", { class: "meta" }, "No dated incidents to chart."));
  const keys = [...months.keys()].sort();
  const max = Math.max(...[...months.values()].map((m) => m.all));
  const step = (WIDTH - 2 * PAD) / keys.length;
  const height = (n) => (n / max) * (HEIGHT - 2 * PAD);
  const bars = keys.flatMap((key, i) => {
    const m = months.get(key);
    const x = PAD + i * step;
    return [
      svg("rect", { x, y: HEIGHT - PAD - height(m.all), width: Math.max(1, step - 2), height: height(m.all), class: "bar" },
        svg("title", {}, `${key}: ${m.all} incidents, ${m.contradicted} contradicted`)),
      svg("rect", { x, y: HEIGHT - PAD - height(m.contradicted), width: Math.max(1, step - 2), height: height(m.contradicted),
        class: "bar contradicted" }),
    ];
  });
  const labels = [keys[0], keys[keys.length - 1]].map((key, i) =>
    svg("text", { x: i ? WIDTH - PAD : PAD, y: HEIGHT - 6, "text-anchor": i ? "end" : "start" }, key));
  replace(box, svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "incidents per month" },
    ...bars, ...labels, svg("text", { x: PAD, y: 14 }, `max ${max} a month`)));
}
