/**
 * The font stack of every drawing (in-page charts, exported SVG and PNG, slides), the same as the page's
 * (--font-sans in app/globals.css). The CJK families are named, phone and desktop ones and Debian's fallback font
 * last: a browser that finds a named family with the glyph uses it directly, while one that finds none searches
 * every installed font for each Chinese character, which on a Linux machine without Noto CJK made the first layout
 * of a /zh page cost ~150 ms more (4× CPU slowdown, Chromium's trace).
 */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Droid Sans Fallback', sans-serif";
