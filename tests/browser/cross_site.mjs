// What a real browser sends, in Debian's headless Chromium (playwright-core):
// 1. from the server's own docs page, a same-origin fetch that POSTs a JSON
//    definition and DELETEs what it made (Chromium adds its Origin);
// 2. from a page of http://evil.example (served by playwright itself, never
//    fetched from the network), a form with enctype text/plain and a
//    no-cors fetch, both posting the definition to the API: the attack.
// Usage: node cross_site.mjs API-BASE-URL DEFINITION-JSON PROFILE-DIR
// Prints one JSON object: {"same_origin": [post status, delete status],
// "form": "<the page the form's answer shows>", "errors": [...]}.
import { launch } from "./chromium.mjs";

const [api, definition, profile] = process.argv.slice(2);
if (!api || !definition || !profile) {
  console.error("usage: node cross_site.mjs API-BASE-URL DEFINITION-JSON PROFILE-DIR");
  process.exit(2);
}

const context = await launch(profile);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // 1. Same origin: the docs page, then fetch as Swagger UI does.
  await page.goto(`${api}/docs/`, { waitUntil: "load", timeout: 30000 });
  const same_origin = await page.evaluate(async ([api, definition]) => {
    const made = await fetch(`${api}/mount`, { method: "POST", headers: { "Content-Type": "application/json" }, body: definition });
    const mount = await made.json();
    const gone = await fetch(`${api}/mount?id=${mount.id}`, { method: "DELETE" });
    return [made.status, gone.status];
  }, [api, definition]);

  // 2. Another site.
  const escaped = definition.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const attack = `<!DOCTYPE html><html><body>
<form id="f" method="POST" enctype="text/plain" action="${api}/mount"><input name="${escaped}" value=""></form>
<script>
fetch(${JSON.stringify(api + "/mount")}, {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: ${JSON.stringify(definition)}})
  .then(() => { document.title = "fetched"; }, () => { document.title = "fetched"; });
</script></body></html>`;
  await page.route("http://evil.example/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: attack }));
  await page.goto("http://evil.example/", { waitUntil: "load", timeout: 30000 });
  await page.waitForFunction(() => document.title === "fetched", null, { timeout: 30000 });
  await Promise.all([page.waitForNavigation({ timeout: 30000 }), page.evaluate(() => document.getElementById("f").submit())]);
  const form = (await page.textContent("body")).trim();
  console.log(JSON.stringify({ same_origin, form, errors }));
} finally {
  await context.close();
}
