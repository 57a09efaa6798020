// One incident: a column per source (speaker), each value a link to the
// sentence it came from; the contradictions on top; split and merge.
import * as api from "./api.js";
import { el, errorBox, replace } from "./dom.js";
import { agentText, countText, dates, speakerName, whenText, where } from "./format.js";

// The slot of each contradiction kind, to mark the values in conflict.
const KIND_SLOT = { count: "count", cause: "cause", occurrence: "stance", agent: "agent" };

// Only web addresses become links; anything else in a report's url stays text.
export function safeHref(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

// The evidence sentence with `needle` (the value's own words) marked.
export function evidenceQuote(text, needle) {
  const at = needle ? text.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return el("blockquote", { class: "evidence-text" }, text);
  return el("blockquote", { class: "evidence-text" },
    text.slice(0, at), el("mark", {}, text.slice(at, at + needle.length)), text.slice(at + needle.length));
}

function showEvidence(panel, claim, slot, needle) {
  const doc = claim.document || {};
  const href = safeHref(doc.url);
  replace(panel,
    el("h2", {}, `Evidence for ${slot} · ${claim.id}`),
    el("p", { class: "meta" }, `${speakerName(claim)} ${claim.stance} · ${doc.source || "unknown outlet"}`,
      doc.published ? ` · ${doc.published}` : ""),
    evidenceQuote(claim.evidence ? claim.evidence.text : "", needle),
    el("p", {},
      el("a", { href: `#/document/${doc.id || claim.evidence.document}?claim=${claim.id}`, id: "open-report" },
        "Open the report with this sentence highlighted"),
      href ? [" · ", el("a", { href, rel: "noopener noreferrer", target: "_blank" }, "original")] : null));
  panel.hidden = false;
  panel.scrollIntoView({ block: "nearest" });
}

function conflicts(incident) {
  const marks = new Map();  // claim id -> Set of slots in conflict
  for (const c of incident.contradictions) {
    for (const id of c.claims) {
      if (!marks.has(id)) marks.set(id, new Set());
      marks.get(id).add(KIND_SLOT[c.kind] || c.kind);
    }
  }
  return marks;
}

function claimCard(claim, conflictSlots, panel, selected) {
  const value = (slot, text, needle) => {
    if (!text) return el("span", { class: "none" }, "–");
    const conflict = conflictSlots && conflictSlots.has(slot);
    return el("button", {
      type: "button", class: `value${conflict ? " conflict" : ""}`, dataset: { slot, claim: claim.id },
      title: "show the sentence", onclick: () => showEvidence(panel, claim, slot, needle),
    }, text);
  };
  const row = (label, slot, text, needle) => el("tr", {}, el("th", {}, label), el("td", {}, value(slot, text, needle)));
  return el("div", { class: "claim-card", dataset: { claim: claim.id } },
    el("label", { class: "select" },
      el("input", { type: "checkbox", onchange: (e) => (e.target.checked ? selected.add(claim.id) : selected.delete(claim.id)) }),
      ` ${claim.id} · ${claim.type}`),
    el("table", {},
      row("stance", "stance", claim.stance, null),
      row("count", "count", countText(claim.count), claim.count && claim.count.text),
      row("cause", "cause", claim.cause, null),
      row("agent", "agent", agentText(claim.agent), claim.agent && claim.agent.text),
      row("victims", "victims", claim.victims, claim.victims),
      row("time", "time", whenText(claim.when), claim.when && claim.when.text)),
    el("div", { class: "meta" }, (claim.document && claim.document.source) || "unknown outlet",
      claim.document && claim.document.published ? ` · ${claim.document.published}` : ""));
}

function editTools(incident, selected, status) {
  const other = el("input", { placeholder: "i7", size: 6, id: "merge-other", pattern: "i[0-9]+" });
  const run = async (action) => {
    try {
      const result = await action();
      location.hash = `#/incident/${result.incident}`;
      status.textContent = result.new_incident ? `Split off ${result.new_incident}.` : `Merged ${result.merged}.`;
    } catch (error) {
      replace(status, errorBox(error));
    }
  };
  return el("div", { class: "edit-tools" },
    el("button", { type: "button", onclick: () => run(() => api.post(`incidents/${incident.id}/split`, { claims: [...selected] })) },
      "Split the ticked claims into a new incident"),
    " ", el("label", {}, "Merge with ", other),
    el("button", { type: "button", onclick: () => run(() => api.post(`incidents/${incident.id}/merge`, { other: other.value.trim() })) },
      "Merge"), status);
}

export async function showIncident(root, id) {
  replace(root, el("p", {}, "Loading…"));
  let incident;
  try {
    incident = await api.get(`incidents/${encodeURIComponent(id)}`);
  } catch (error) {
    return replace(root, errorBox(error));
  }
  const panel = el("aside", { class: "evidence", id: "evidence", hidden: true });
  const marks = conflicts(incident);
  const columns = new Map();
  for (const claim of incident.claims) {
    const key = speakerName(claim);
    if (!columns.has(key)) columns.set(key, []);
    columns.get(key).push(claim);
  }
  const selected = new Set();
  const byId = new Map(incident.claims.map((c) => [c.id, c]));
  const who = (cid) => (byId.has(cid) ? `${speakerName(byId.get(cid))} (${cid})` : cid);
  replace(root,
    el("h1", {}, `${incident.type} · ${where(incident) || "place unknown"}`),
    el("p", { class: "meta" }, `${incident.id} · ${dates(incident) || "undated"} · ${incident.documents} report(s)`),
    incident.summary && incident.summary.length ? el("ul", { class: "summary" }, incident.summary.map((s) => el("li", {}, s))) : null,
    incident.contradictions.length
      ? el("section", { class: "contradictions", id: "contradictions" },
          el("h2", {}, `Contradictions (${incident.contradictions.length})`),
          el("ul", {}, incident.contradictions.map((c) =>
            el("li", { class: `contradiction kind-${c.kind}`, dataset: { kind: c.kind } },
              el("span", { class: "badge contradicted" }, c.kind), ` ${who(c.claims[0])} vs ${who(c.claims[1])}`))))
      : el("p", {}, "No contradictions between these sources."),
    el("div", { class: "columns" }, [...columns].map(([name, claims]) =>
      el("section", { class: "source-column" }, el("h2", {}, name),
        claims.map((c) => claimCard(c, marks.get(c.id), panel, selected))))),
    panel,
    editTools(incident, selected, el("span", { class: "status" })));
}
