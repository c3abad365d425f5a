export { expandEmbeds, expandLinks, resolveEmbeds, resolveEmbedsWithDiagnostics } from './expand-functions.js';
export type { ResolveEmbedsOptions } from './expand-functions.js';
export { createExpander } from './expander.js';
export type { Expander, ExpanderStats, ResolveCallOptions, ResolveEmbedsResult } from './expander.js';
export type { ExpandEmbedsResult } from './resolve-embeds.js';
export { expandDefaults } from './expand-options.js';
export type { CacheTtl, ExpandCallOptions, ExpandOptions } from './expand-options.js';
export { expansionStatusSchema, hopSchema, linkExpansionSchema } from './expand-result.js';
export type { ExpansionStatus, Hop, LinkExpansion } from './expand-result.js';
export { defaultExpandHosts, extraExpandHosts } from './default-hosts.js';
export { canonicalUrl, trackingParameters } from './canonical-url.js';
export { twitterStatusTrackingParameters } from '../platforms/index.js';
export type { CanonicalUrlOptions } from './canonical-url.js';
export { createMemoryCache } from './lru-cache.js';
export type { MemoryCache, MemoryCacheOptions } from './lru-cache.js';
export { createFileCache } from './file-cache.js';
export type { FileCache, FileCacheOptions } from './file-cache.js';
export { MAX_ABANDONED_CACHE_CALLS } from './cache-store.js';
export type { CacheWarning, CacheWarningCode, ExpansionCache } from './cache-store.js';
export { defaultUserAgent } from './user-agent.js';
export { readRefreshTarget } from './read-refresh-target.js';
export {
  checkTarget,
  classifyAddress,
  createGuardedAgent,
  createGuardedConnector,
  defaultGuardPolicy,
  parseIpLiteral,
} from './guard/index.js';
export type { AddressClass, GuardPolicy, GuardedAgentOptions, IpLiteral } from './guard/index.js';
export { BlockedTargetError, EmbedsiftError, isBlockedTargetError, isEmbedsiftError } from './errors/index.js';
export { isHostName } from './host-name.js';
