import type { Platform } from './types.js';

/**
 * Declares a platform: returns it unchanged, typed with its literal name, so that the registry's
 * names become the record schema's platform enum. TypeScript checks here that every facet is
 * supplied.
 *
 * @example
 * const example = definePlatform({
 *   name: 'example',
 *   label: 'Example',
 *   hosts: ['example.social'],
 *   shortHosts: [],
 *   parsePermalink: () => null,
 *   profileUrl: (handle) => `https://example.social/@${handle}`,
 *   text: {},
 *   html: { markers: ['example-embed'], matchElement: () => null, readEmbed: () => ({}) },
 * });
 * example.name; // 'example' (typed as the literal)
 */
export function definePlatform<const Name extends string>(platform: Platform<Name>): Platform<Name> {
  return platform;
}
