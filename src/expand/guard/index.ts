export { classifyAddress, embeddedIpv4, type AddressClass } from './address-ranges.js';
export { checkAddress } from './check-address.js';
export { checkOrigin, effectivePort } from './check-origin.js';
export { checkTarget } from './check-target.js';
export { defaultGuardPolicy, resolveGuardPolicy, type GuardPolicy } from './guard-policy.js';
export { createGuardedAgent, createGuardedConnector, type GuardedAgentOptions } from './guarded-agent.js';
export { parseIpLiteral, type IpLiteral } from './ip-literal.js';
export { pickAddresses, type PickedAddresses } from './pick-addresses.js';
export { systemLookup, type HostLookup } from './resolve-host.js';
