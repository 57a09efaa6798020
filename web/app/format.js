// How claim values read on the page.

export function countText(count) {
  if (!count || count.min === null || count.min === undefined) return "";
  let s;
  if (count.max === count.min) s = String(count.min);
  else if (count.max === null || count.max === undefined) s = `≥ ${count.min}`;
  else s = `${count.min}–${count.max}`;
  return count.approx ? `${s} (approx.)` : s;
}

// A stored claim names its speaker {id, name}; a fresh extraction names an
// entity id, "unnamed" or "narrator".
export function speakerName(claim, entities = []) {
  const speaker = claim.speaker;
  if (speaker && typeof speaker === "object") return speaker.name || "(unnamed source)";
  if (speaker === "unnamed") return "(unnamed source)";
  if (speaker === "narrator") return "(the outlet)";
  const entity = entities.find((e) => e.id === speaker);
  return entity ? entity.name : String(speaker || "?");
}

export function whenText(when) {
  if (!when) return "";
  if (when.date) return when.date;
  if (when.start || when.end) return `${when.start || "?"} – ${when.end || "?"}`;
  return when.text ? `“${when.text}”` : "";
}

export function agentText(agent) {
  if (!agent) return "";
  return agent.name || agent.text || "";
}

export function placeText(place) {
  if (!place) return "";
  return typeof place === "string" ? place : place.name || "";
}

export function where(incident) {
  return [incident.place, incident.facility].filter(Boolean).join(", ");
}

export function dates(incident) {
  const a = incident.first_date, b = incident.last_date;
  if (!a) return "";
  return b && b !== a ? `${a} – ${b}` : a;
}

// Code points, as the API's evidence spans count them (not UTF-16 units).
export function codePoints(text) {
  return Array.from(text || "");
}
