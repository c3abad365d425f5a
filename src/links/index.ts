export { absoluteUrl, classifyLink, toLink } from './classify-link.js';
export { mediaLinkHosts, shortLinkHosts } from './short-hosts.js';
export { checkBaseUrl, documentBaseUrl, isAbsoluteUrl, resolveUrl } from './base-url.js';
