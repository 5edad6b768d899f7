// The ownership tag every connection created or adopted by this action carries; its value is the `label`. Every layer
// knows it: manifests may not set it (manifest/rules.ts), observe lists by it, the diff and apply set and check it,
// export leaves it out. It lives here, below all of them, so that none reaches up for it.
export const OWNERSHIP_TAG_KEY = 'managed-by-dli-connections';
