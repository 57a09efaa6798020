// One report: its text with the claims' evidence highlighted, and the list
// of claims. Spans count code points (doc/api.md), so the text is cut as an
// array of code points, never as UTF-16 string offsets.
import * as api from "./api.js";
import { el, errorBox, replace } from "./dom.js";
import { codePoints, countText, speakerName } from "./format.js";

// Reports stored from this tab, so a report just posted can be shown even
// by a server whose store does not serve documents.
const recent = new Map();
export function remember(document) {
  recent.set(document.id, document);
}

// The text cut at every span boundary; each piece lists the claims covering it.
export function segments(text, claims) {
  const chars = codePoints(text);
  const cuts = new Set([0, chars.length]);
  const spans = claims.filter((c) => c.evidence && Array.isArray(c.evidence.span)).map((c) => ({
    id: c.id, begin: Math.max(0, c.evidence.span[0]), end: Math.min(chars.length, c.evidence.span[1]),
  }));
  for (const s of spans) { cuts.add(s.begin); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; ++i) {
    const [a, b] = [points[i], points[i + 1]];
    if (a >= b) continue;
    out.push({ text: chars.slice(a, b).join(""), claims: spans.filter((s) => s.begin <= a && s.end >= b).map((s) => s.id) });
  }
  return out;
}

function claimLine(claim, entities) {
  return el("li", { class: "claim-line", id: `claim-${claim.id}`, dataset: { claim: claim.id } },
    el("strong", {}, claim.id), ` ${speakerName(claim, entities)} ${claim.stance} ${claim.type} `,
    countText(claim.count), claim.cause ? ` · ${claim.cause}` : "",
    claim.incident ? [" · ", el("a", { href: `#/incident/${claim.incident}` }, claim.incident)] : "");
}

export function renderDocument(root, doc, focusClaim) {
  const entities = doc.entities || [];
  const text = el("div", { class: "report-text", id: "report-text" },
    segments(doc.text, doc.claims).map((seg) => seg.claims.length
      ? el("mark", { class: seg.claims.includes(focusClaim) ? "focus" : "", dataset: { claims: seg.claims.join(" ") },
          title: seg.claims.join(", ") }, seg.text)
      : seg.text));
  replace(root,
    el("h1", {}, doc.title || `Report ${doc.id.slice(0, 12)}`),
    el("p", { class: "meta" }, `${doc.source || "unknown outlet"}${doc.published ? " · " + doc.published : ""} · ${doc.id}`),
    text,
    el("h2", {}, `Claims (${doc.claims.length})`),
    el("ul", { class: "claims" }, doc.claims.map((c) => claimLine(c, entities))),
    doc.incidents && doc.incidents.length
      ? [el("h2", {}, "Incidents"), el("ul", {}, doc.incidents.map((i) =>
          el("li", {}, el("a", { href: `#/incident/${i.id}` }, `${i.id} ${i.type}`))))]
      : null);
  const focus = text.querySelector("mark.focus");
  if (focus) focus.scrollIntoView({ block: "center" });
}

export async function showDocument(root, id, focusClaim) {
  try {
    renderDocument(root, await api.get(`documents/${encodeURIComponent(id)}`), focusClaim);
  } catch (error) {
    if (recent.has(id)) return renderDocument(root, recent.get(id), focusClaim);
    replace(root, errorBox(error));
  }
}
