// The timeline's pure logic, one module per responsibility (kept here as one import for its many users):
// dates (what an item spans), filters (URL parsing, lanes, filtering, summary) and layout (scale and swimlanes).
export * from "./timeline/dates";
export * from "./timeline/filters";
export * from "./timeline/layout";
