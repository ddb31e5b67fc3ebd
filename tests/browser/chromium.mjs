// The headless Chromium both browser tests drive: Debian's, with a profile
// of the test's own. Chromium's own connections are refused on a closed
// network; these flags keep it from making them at all.
import { chromium } from "playwright-core";

export function launch(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}
