// Browser test of the workbench page: Debian's chromium driven by
// playwright-core (never a downloaded browser) against a running
// `crosscheck serve`.
//
//   node workbench.cjs URL TOKEN EXAMPLE_REPORT ARTIFACT_DIR
//
// Pastes the example report, finds its incident with the count
// contradiction, opens the evidence and the report; checks that a report
// holding <script> and an onerror image renders as text and runs nothing;
// saves screenshots into ARTIFACT_DIR. Exits non-zero on the first failure.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require(path.join(__dirname, "../../web/node_modules/playwright-core"));

const [url, token, examplePath, artifacts] = process.argv.slice(2);
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

async function pasteReport(page, text, source, published) {
  await page.click("#nav-add");
  await page.waitForSelector("#add-form");
  await page.fill("#report", text);
  if (source) await page.fill("#report-source", source);
  if (published) await page.fill("#report-published", published);
  await page.click("#add-submit");
  await page.waitForSelector("#add-result, #add-output .error", { timeout: 30000 });
  const error = await page.$("#add-output .error");
  if (error) throw new Error(`posting the report failed: ${await error.textContent()}`);
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
  const problems = [];
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
    page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
    page.on("dialog", (d) => { problems.push(`a dialog opened: ${d.message()}`); d.dismiss(); });

    await page.goto(`${url}#token=${token}`);
    await page.waitForSelector("#incident-list");
    check(!(await page.url()).includes(token), "the token is taken out of the address bar");

    // 1. The example report: its incident with the count contradiction.
    const example = fs.readFileSync(examplePath, "utf8");
    await pasteReport(page, example, "Example Wire", "2024-03-14");
    const row = page.locator("#add-result .incident-row", { has: page.locator(".badge.contradicted", { hasText: "count" }) });
    check(await row.count() >= 1, "the pasted report joined an incident with a count contradiction");
    await row.first().locator("a.incident-link").click();
    await page.waitForSelector("#contradictions");
    check(await page.locator("#contradictions li.kind-count").count() >= 1, "the incident view lists the count contradiction");
    const columns = await page.locator(".source-column").count();
    check(columns >= 2, `the sources stand side by side (${columns} columns)`);

    // 2. Open the evidence behind a conflicting count.
    const conflict = page.locator('button.value.conflict[data-slot="count"]').first();
    const countShown = (await conflict.textContent()).trim();
    await conflict.click();
    await page.waitForSelector("#evidence:not([hidden]) blockquote");
    const quote = await page.locator("#evidence blockquote").textContent();
    check(example.includes(quote.trim()), "the evidence panel quotes a sentence of the report");
    check(await page.locator("#evidence blockquote mark").count() === 1, `the count (${countShown}) is marked in it`);
    await page.screenshot({ path: path.join(artifacts, "workbench-incident.png"), fullPage: true });
    await page.click("#open-report");
    await page.waitForSelector("#report-text mark");
    check(await page.locator("#report-text mark.focus").count() >= 1, "the report opens with that sentence highlighted");
    await page.screenshot({ path: path.join(artifacts, "workbench-document.png"), fullPage: true });

    // 3. The list: the incident with its badge, the map drawn offline.
    await page.goto(`${url}#/?contradicted=1`);
    await page.waitForSelector("#incident-list .incident-row");
    check(await page.locator("#incident-list .badge.contradicted").count() >= 1, "the list shows a contradiction badge");
    await page.waitForSelector("#map svg path.country", { timeout: 15000 });
    check(await page.locator("#map svg path.country").count() > 100, "the map draws the Natural Earth countries");
    await page.waitForSelector("#map circle.dot", { timeout: 15000 });
    check(true, "the incident is on the map");
    await page.screenshot({ path: path.join(artifacts, "workbench-list.png"), fullPage: true });

    // 4. A hostile report renders as text.
    const hostile = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\"> " +
      "Police said three protesters were killed in Benghazi on Monday. <b>bold?</b>";
    await pasteReport(page, hostile, "Hostile <i>Wire</i>", "");
    await page.click("#open-document");
    await page.waitForSelector("#report-text");
    const shown = await page.locator("#report-text").textContent();
    check(shown.includes("<script>window.__xss = 1</script>"), "a report's <script> shows as text");
    check(await page.locator("#report-text script, #report-text img, #report-text b").count() === 0,
      "no element was made from the report's markup");
    check(await page.evaluate(() => window.__xss) === undefined, "nothing in the report ran");
    await page.screenshot({ path: path.join(artifacts, "workbench-hostile.png"), fullPage: true });

    check(problems.length === 0, `no page errors, console errors or dialogs${problems.length ? ": " + problems.join("; ") : ""}`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(() => console.log("browser test passed"), (e) => {
  console.error(`browser test FAILED: ${e.message}`);
  process.exit(1);
});
