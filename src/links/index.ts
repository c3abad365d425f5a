export { absoluteUrl, classifyLink, toLink } from './classify-link.js';
export { mediaLinkHosts, shortLinkHosts } from './short-hosts.js';
