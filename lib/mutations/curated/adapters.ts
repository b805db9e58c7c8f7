// Kept for the seed scripts and older callers: the entity definitions now live in lib/curation/registry.
export { REGISTRY as ADAPTERS, day, iso, type EntityAdapter, type References } from "../../curation/registry";
