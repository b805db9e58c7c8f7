// The flags that work for Debian's Chromium here (../shared/toolchain.md), shared by the e2e browser
// (tests/e2e/browser.ts) and the Lighthouse benchmark (scripts/bench/lighthouse.ts): one list to change.
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
