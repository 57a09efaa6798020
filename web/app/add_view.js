// Paste or upload a report: the server extracts and stores it, and the page
// shows the claims and the incidents the report joined.
import * as api from "./api.js";
import { el, errorBox, replace } from "./dom.js";
import { remember } from "./document_view.js";
import { where } from "./format.js";

function tokenBox() {
  const input = el("input", { id: "token", type: "password", size: 40, value: api.token(), autocomplete: "off" });
  input.addEventListener("change", () => api.setToken(input.value.trim()));
  return el("label", { class: "token" }, "Write token (printed by crosscheck serve) ", input);
}

function resultView(result) {
  const doc = { ...result.document, text: result.text, entities: result.entities, claims: result.claims,
                incidents: result.incidents };
  remember(doc);
  return el("section", { class: "result", id: "add-result" },
    el("p", {}, result.inserted ? "Stored. " : "This report was already stored. ",
      `${result.claims.length} claims; `,
      el("a", { href: `#/document/${doc.id}`, id: "open-document" }, "see them in the text"), "."),
    el("h2", {}, "Incidents it joined"),
    el("ul", { class: "incidents" }, result.incidents.map((i) =>
      el("li", { class: "incident-row", dataset: { id: i.id } },
        el("a", { href: `#/incident/${i.id}`, class: "incident-link" }, el("strong", {}, i.type), " ", where(i) || "(place unknown)"),
        " ",
        i.contradictions.length
          ? el("span", { class: "badge contradicted" }, i.contradictions.map((c) => c.kind).join(", "))
          : el("span", { class: "badge" }, "no contradiction")))));
}

export function showAdd(root) {
  const text = el("textarea", { id: "report", rows: 16, cols: 90, placeholder: "Paste a report here", required: true });
  const field = (name, attrs = {}) => el("input", { id: `report-${name}`, name, ...attrs });
  const file = el("input", { type: "file", id: "report-file", accept: ".txt,text/plain" });
  const output = el("div", { id: "add-output" });
  file.addEventListener("change", async () => {
    if (file.files.length) text.value = await file.files[0].text();
  });
  const form = el("form", { id: "add-form" },
    el("p", {}, text),
    el("p", {}, el("label", {}, "or upload a text file ", file)),
    el("p", {},
      el("label", {}, "Outlet ", field("source", { size: 20 })), " ",
      el("label", {}, "Published ", field("published", { type: "date" })), " ",
      el("label", {}, "Address ", field("url", { type: "url", size: 30 }))),
    el("p", {}, tokenBox()),
    el("button", { type: "submit", id: "add-submit" }, "Extract and store"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    replace(output, el("p", {}, "Extracting…"));
    const body = { text: text.value };
    for (const name of ["source", "published", "url"]) {
      const value = form.elements[name].value.trim();
      if (value) body[name] = value;
    }
    try {
      replace(output, resultView(await api.post("documents", body)));
    } catch (error) {
      replace(output, errorBox(error));
    }
  });
  replace(root, el("h1", {}, "Add a report"), form, output);
}
