import "server-only";
// The entity adapters live in ./adapters (pure, shared with the seed's data updates); server code imports them here.
export { ADAPTERS, type EntityAdapter } from "./adapters";
