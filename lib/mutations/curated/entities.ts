import "server-only";
// The entity definitions live in lib/curation/registry (pure, shared with the seed); server code may import them here.
export { REGISTRY as ADAPTERS, type EntityAdapter } from "../../curation/registry";
