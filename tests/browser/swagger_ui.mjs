// Drive Swagger UI in Debian's headless Chromium (playwright-core, never a
// downloaded browser): load the page, list every operation it shows, then
// "Try it out" and "Execute" on GET /attach and read the answer it shows.
// Usage: node swagger_ui.mjs URL-OF-THE-DOCS-PAGE PROFILE-DIR
// Prints one JSON object on stdout: {"operations": [[METHOD, PATH], ...],
// "status": "<shown status>", "body": "<shown body>"}.
import { launch } from "./chromium.mjs";

const [url, profile] = process.argv.slice(2);
if (!url || !profile) {
  console.error("usage: node swagger_ui.mjs URL PROFILE-DIR");
  process.exit(2);
}

const context = await launch(profile);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: "load", timeout: 30000 });
  await page.waitForSelector(".opblock", { timeout: 30000 });

  const operations = await page.$$eval(".opblock", (blocks) =>
    blocks.map((b) => [
      b.querySelector(".opblock-summary-method")?.textContent.trim(),
      // A deprecated operation's path has a class of its own.
      b.querySelector(".opblock-summary-path, .opblock-summary-path__deprecated")?.getAttribute("data-path") ??
        b.querySelector(".opblock-summary-path, .opblock-summary-path__deprecated")?.textContent.trim(),
    ]),
  );

  // Open GET /attach, switch to "Try it out", execute.
  const block = page.locator(".opblock.opblock-get").filter({
    has: page.locator('.opblock-summary-path[data-path="/attach"]'),
  });
  await block.locator(".opblock-summary").first().click();
  await block.locator("button.try-out__btn").click();
  await block.locator("button.execute").click();
  const status = block.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 30000 });
  const shown = (await status.textContent()).trim();
  const body = (await block.locator(".live-responses-table .response-col_description pre").first().textContent()).trim();
  console.log(JSON.stringify({ operations, status: shown, body, errors }));
} finally {
  await context.close();
}
