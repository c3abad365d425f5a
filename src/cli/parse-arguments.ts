import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isHostName } from '../expand/host-name.js';
import { checkEncodingOption } from '../encoding/index.js';
import { defaultParseLimits } from '../extract/index.js';
import { checkBaseUrl } from '../links/index.js';
import type { CliCommand, CliOptions, ExpandSettings } from './cli-options.js';
import { parseByteSize, parseDuration, parseWholeNumber } from './flag-values.js';
import { parseShard } from './shard.js';
import { UsageError } from './usage-error.js';

/**
 * Every flag `embedsift` accepts, in `node:util` `parseArgs` form. `usage-text.ts` documents each.
 *
 * @example
 * Object.keys(cliFlags); // ['format', 'embeds', …]
 */
export const cliFlags = {
  format: { type: 'string' },
  embeds: { type: 'string' },
  marker: { type: 'string' },
  output: { type: 'string', short: 'o' },
  jsonl: { type: 'boolean' },
  'id-field': { type: 'string' },
  'text-field': { type: 'string' },
  'html-field': { type: 'string' },
  'url-field': { type: 'string' },
  'base-url': { type: 'string' },
  encoding: { type: 'string' },
  'max-line-bytes': { type: 'string' },
  'max-file-bytes': { type: 'string' },
  'max-records': { type: 'string' },
  'max-links': { type: 'string' },
  'max-text-length': { type: 'string' },
  strict: { type: 'boolean' },
  expand: { type: 'boolean' },
  'max-hops': { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'per-host': { type: 'string' },
  retries: { type: 'string' },
  'user-agent': { type: 'string' },
  hosts: { type: 'string' },
  'allow-private-networks': { type: 'boolean' },
  'allowed-ports': { type: 'string' },
  cache: { type: 'string' },
  'cache-timeout': { type: 'string' },
  workers: { type: 'string', short: 'w' },
  shard: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * The default `--max-line-bytes`: 16 MiB.
 *
 * @example
 * DEFAULT_MAX_LINE_BYTES; // 16777216
 */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * The default `--max-file-bytes`: 16 MiB, as for a JSONL line.
 *
 * @example
 * DEFAULT_MAX_FILE_BYTES; // 16777216
 */
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_LINE_BYTES;

/** The largest value the count flags (`--max-records`, `--max-links`, `--max-text-length`) take. */
const MAX_COUNT = 1_000_000_000;

/**
 * What the command line asks for: help, the version, or a run with validated options.
 *
 * @example
 * const parsed: ParsedArguments = parseArguments(['--help']); // { kind: 'help' }
 */
export type ParsedArguments = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

/**
 * Parses and validates the command line (without `node` and the script). Throws
 * {@link UsageError} for an unknown flag, a missing command or a bad value.
 *
 * @example
 * const parsed = parseArguments(['extract', '--jsonl', '--workers', '2', 'corpus.jsonl']);
 * if (parsed.kind === 'run') parsed.options.workers; // 2
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: cliFlags, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === 'help') return { kind: 'help' };
  if (command === undefined) throw new UsageError('missing command: extract or convert');
  if (command !== 'extract' && command !== 'convert') {
    throw new UsageError(`unknown command '${command}' (expected extract or convert)`);
  }

  const jsonl = values.jsonl === true;
  const output = oneOf('--output', values.output, ['json', 'jsonl', 'md'] as const, jsonl ? 'jsonl' : 'json');
  if (jsonl && output !== 'jsonl') {
    throw new UsageError(`--output ${output} is not available with --jsonl (the output is one JSON line per input line)`);
  }
  if (values.progress && values['no-progress']) throw new UsageError('--progress and --no-progress contradict each other');

  const embeds = oneOf('--embeds', values.embeds, ['remove', 'marker', 'keep'] as const, 'marker');
  if (command === 'extract' && (values.embeds !== undefined || values.marker !== undefined)) {
    throw new UsageError(`--${values.embeds !== undefined ? 'embeds' : 'marker'} belongs to the convert command`);
  }
  if (values.marker !== undefined && embeds !== 'marker') throw new UsageError('--marker needs --embeds marker');

  if (!jsonl) {
    for (const flag of ['id-field', 'text-field', 'html-field', 'url-field', 'max-line-bytes'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --jsonl`);
    }
  } else if (values['max-file-bytes'] !== undefined) {
    throw new UsageError('--max-file-bytes bounds whole files; with --jsonl, --max-line-bytes bounds each line');
  } else if (values.encoding !== undefined) {
    throw new UsageError('--encoding is for whole files; JSONL is always UTF-8');
  }

  const options: CliOptions = {
    command: command satisfies CliCommand,
    files: files.length === 0 ? ['-'] : files,
    format: oneOf('--format', values.format, ['auto', 'text', 'html'] as const, 'auto'),
    embeds,
    marker: values.marker,
    output,
    jsonl,
    idField: fieldName('--id-field', values['id-field'], 'id'),
    textField: fieldName('--text-field', values['text-field'], 'text'),
    htmlField: fieldName('--html-field', values['html-field'], 'html'),
    urlField: fieldName('--url-field', values['url-field'], 'url'),
    baseUrl: checked('--base-url', () => checkBaseUrl(values['base-url'], 'embedsift')) ?? null,
    encoding: checked('--encoding', () => checkEncodingOption(values.encoding, 'embedsift')) ?? null,
    maxLineBytes:
      values['max-line-bytes'] === undefined
        ? DEFAULT_MAX_LINE_BYTES
        : parseByteSize('--max-line-bytes', values['max-line-bytes'], 16, 1024 ** 3),
    maxFileBytes:
      values['max-file-bytes'] === undefined
        ? DEFAULT_MAX_FILE_BYTES
        : parseByteSize('--max-file-bytes', values['max-file-bytes'], 16, 1024 ** 3),
    maxRecords: countFlag('--max-records', values['max-records'], defaultParseLimits.maxRecords),
    maxLinks: countFlag('--max-links', values['max-links'], defaultParseLimits.maxLinks),
    maxTextLength: countFlag('--max-text-length', values['max-text-length'], defaultParseLimits.maxTextLength),
    strict: values.strict === true,
    workers: values.workers === undefined ? availableParallelism() : parseWholeNumber('--workers', values.workers, 0, 256),
    shard: values.shard === undefined ? null : parseShard(values.shard),
    progress: values.progress ? true : values['no-progress'] ? false : null,
    expand: expandSettings(values),
    cache: values.cache ?? null,
  };
  if (options.cache !== null && options.expand === null) throw new UsageError('--cache needs --expand');
  if (options.cache === '') throw new UsageError('--cache needs a directory or a redis:// URL');
  return { kind: 'run', options };
}

type FlagValues = ReturnType<typeof parseArgs<{ options: typeof cliFlags; allowPositionals: true; strict: true }>>['values'];

const EXPAND_FLAGS = ['max-hops', 'timeout', 'concurrency', 'per-host', 'retries', 'user-agent', 'hosts', 'allow-private-networks', 'allowed-ports', 'cache-timeout'] as const;

function expandSettings(values: FlagValues): ExpandSettings | null {
  if (!values.expand) {
    const stray = EXPAND_FLAGS.find((flag) => values[flag] !== undefined);
    if (stray !== undefined) throw new UsageError(`--${stray} needs --expand`);
    return null;
  }
  const number = (flag: (typeof EXPAND_FLAGS)[number], min: number, max: number): number | undefined => {
    const value = values[flag];
    return typeof value === 'string' ? parseWholeNumber(`--${flag}`, value, min, max) : undefined;
  };
  return {
    hosts: hostList(values.hosts),
    maxHops: number('max-hops', 0, 20),
    timeout: values.timeout === undefined ? undefined : parseDuration('--timeout', values.timeout),
    concurrency: number('concurrency', 1, 1024),
    perHost: number('per-host', 1, 256),
    retries: number('retries', 0, 10),
    userAgent: values['user-agent'],
    allowPrivateNetworks: values['allow-private-networks'] === true,
    allowedPorts: portList(values['allowed-ports']),
    cacheTimeout: values['cache-timeout'] === undefined ? undefined : parseDuration('--cache-timeout', values['cache-timeout']),
  };
}

function hostList(value: string | undefined): string[] | 'all' | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'all') return 'all';
  const hosts = value
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  if (hosts.length === 0 || hosts.some((host) => !isHostName(host))) {
    throw new UsageError(`--hosts must be a comma-separated list of host names, or all, got '${value}'`);
  }
  return hosts;
}

function portList(value: string | undefined): number[] | 'all' | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'all') return 'all';
  return value.split(',').map((port) => parseWholeNumber('--allowed-ports', port, 1, 65535));
}

function countFlag(flag: string, value: string | undefined, fallback: number): number {
  return value === undefined ? fallback : parseWholeNumber(flag, value, 0, MAX_COUNT);
}

function oneOf<const T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got '${value}'`);
}

/** Runs an API option check for a flag; its TypeError becomes a usage error naming the flag. */
function checked<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new UsageError(`${flag}: ${error.message.replace(/^embedsift: options\.\w+ /, '')}`);
  }
}

function fieldName(flag: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (value === '') throw new UsageError(`${flag} must not be empty`);
  return value;
}
