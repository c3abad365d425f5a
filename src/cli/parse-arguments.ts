import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkEncodingOption } from '../encoding/index.js';
import { deprecationNotice } from '../kit/index.js';
import { isHostName } from '../expand/index.js';
import { defaultParseLimits } from '../extract/index.js';
import { checkBaseUrl } from '../links/index.js';
import type { CliCommand, CliOptions, ExpandSettings } from './cli-options.js';
import { parseByteSize, parseDuration, parseWholeNumber } from './flag-values.js';
import { parseShard, shardFromScheduler } from './shard.js';
import { UsageError } from './usage-error.js';

/**
 * Every flag `embedsift` accepts, in `node:util` `parseArgs` form. `usage-text.ts` documents each.
 *
 * @example
 * Object.keys(cliFlags); // ['format', 'embeds', …]
 */
export const cliFlags = {
  from: { type: 'string', short: 'f' },
  to: { type: 'string', short: 't' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  embeds: { type: 'string' },
  marker: { type: 'string' },
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
  'total-timeout-ms': { type: 'string' },
  'timeout-ms': { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'per-host': { type: 'string' },
  retries: { type: 'string' },
  'user-agent': { type: 'string' },
  hosts: { type: 'string' },
  'allow-private-networks': { type: 'boolean' },
  'allowed-ports': { type: 'string' },
  cache: { type: 'string' },
  'cache-timeout-ms': { type: 'string' },
  'cache-timeout': { type: 'string' },
  workers: { type: 'string', short: 'w' },
  shard: { type: 'string' },
  'shard-count': { type: 'string' },
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
const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * The default `--max-file-bytes`: 16 MiB, as for a JSONL line.
 *
 * @example
 * DEFAULT_MAX_FILE_BYTES; // 16777216
 */
const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_LINE_BYTES;

/** The largest value the count flags (`--max-records`, `--max-links`, `--max-text-length`) take. */
const MAX_COUNT = 1_000_000_000;

/**
 * What the command line asks for: help, the version, or a run with validated options and the
 * notices to print on stderr first (deprecated flags, the shard `--shard auto` found).
 *
 * @example
 * const parsed: ParsedArguments = parseArguments(['--help']); // { kind: 'help' }
 */
export type ParsedArguments = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions; notices: string[] };

/** The input formats of `--from`: an article format, or a container of many articles. */
const FROM = ['auto', 'html', 'text', 'markdown', 'jsonl', 'warc', 'parquet'] as const;
/** The output formats of `--to` (`markdown` is read as `md`). */
const TO = ['json', 'jsonl', 'md', 'markdown', 'parquet'] as const;
/** The values of the deprecated `-o FORMAT`, now `--to FORMAT`. */
const LEGACY_OUTPUT_FORMATS = new Set(['json', 'jsonl', 'md']);

/**
 * Parses and validates the command line (without `node` and the script). Throws
 * {@link UsageError} for an unknown flag, a missing command or a bad value. `env` is read by
 * `--shard auto` only.
 *
 * @example
 * const parsed = parseArguments(['extract', '--from', 'jsonl', '--workers', '2', 'corpus.jsonl']);
 * if (parsed.kind === 'run') parsed.options.workers; // 2
 */
export function parseArguments(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): ParsedArguments {
  const { values, positionals } = readFlags(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === 'help') return { kind: 'help' };
  if (command === undefined) throw new UsageError('missing command: extract or convert');
  if (command !== 'extract' && command !== 'convert') {
    throw new UsageError(`unknown command '${command}' (expected extract or convert)`);
  }

  const notices: string[] = [];
  const deprecated = (old: string, instead: string): void => {
    notices.push(deprecationNotice(old, instead));
  };

  // Input: --from, or the deprecated --jsonl / --format.
  let from = values.from === undefined ? undefined : oneOf('--from', values.from, FROM, 'auto');
  if (values.jsonl) {
    if (from !== undefined && from !== 'jsonl') throw new UsageError(`--jsonl contradicts --from ${from}`);
    deprecated('--jsonl', '--from jsonl');
    from = 'jsonl';
  }
  let format: CliOptions['format'] = 'auto';
  if (values.format !== undefined) {
    const given = oneOf('--format', values.format, ['auto', 'text', 'html', 'markdown'] as const, 'auto');
    if (from === 'jsonl' || from === 'warc' || from === 'parquet') {
      // In a container the format says which field (JSONL) is read, not how a file is.
      format = given;
    } else {
      if (from !== undefined && from !== given) throw new UsageError(`--format ${given} contradicts --from ${from}`);
      deprecated(`--format ${given}`, `--from ${given}`);
      from = given;
    }
  }
  const mode: CliOptions['mode'] = from === 'jsonl' || from === 'warc' || from === 'parquet' ? from : 'files';
  if (mode === 'files') format = from === 'jsonl' || from === 'warc' || from === 'parquet' || from === undefined ? 'auto' : from;

  // Output: --to FORMAT and -o FILE; the deprecated -o FORMAT.
  let outputFile: string | null = values.output ?? null;
  let legacyOutput: string | undefined;
  if (outputFile !== null && LEGACY_OUTPUT_FORMATS.has(outputFile)) {
    legacyOutput = outputFile;
    outputFile = null;
    deprecated(
      `-o ${legacyOutput} (a format)`,
      `--to ${legacyOutput}; -o now names the output FILE (write -o ./${legacyOutput} for a file of that name)`,
    );
    if (values.to !== undefined) throw new UsageError(`-o ${legacyOutput} (the deprecated format form) contradicts --to ${values.to}`);
  }
  if (outputFile === '') throw new UsageError('-o needs a FILE name (or - for stdout)');
  if (outputFile === '-') outputFile = null;
  const streaming = mode !== 'files';
  const toGiven = values.to ?? legacyOutput;
  const toRead = oneOf(values.to === undefined ? '-o' : '--to', toGiven, TO, streaming ? 'jsonl' : 'json');
  const to = toRead === 'markdown' ? 'md' : toRead;
  if (to === 'parquet') checkParquetOutput(command, outputFile);
  if (streaming && to !== 'jsonl' && to !== 'parquet') {
    throw new UsageError(
      `--to ${toRead} is not available with --from ${mode} (the output is one JSON line per ${mode === 'jsonl' ? 'input line' : mode === 'warc' ? 'record' : 'row'}): use --to jsonl or --to parquet`,
    );
  }
  if (values.progress && values['no-progress']) throw new UsageError('--progress and --no-progress contradict each other');

  const embeds = oneOf('--embeds', values.embeds, ['remove', 'marker', 'keep'] as const, 'marker');
  if (command === 'extract' && (values.embeds !== undefined || values.marker !== undefined)) {
    throw new UsageError(`--${values.embeds !== undefined ? 'embeds' : 'marker'} belongs to the convert command`);
  }
  if (values.marker !== undefined && embeds !== 'marker') throw new UsageError('--marker needs --embeds marker');

  if (mode !== 'jsonl' && mode !== 'parquet') {
    for (const flag of ['id-field', 'text-field', 'html-field', 'url-field'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --from jsonl or --from parquet`);
    }
  }
  if (mode === 'parquet' && (files.length === 0 || files.includes('-'))) {
    throw new UsageError('--from parquet reads files (a Parquet index is at the end of the file), not stdin');
  }
  // With --from auto it applies when the input turns out to be a WARC file.
  if (mode === 'files' && format !== 'auto' && values['max-line-bytes'] !== undefined) {
    throw new UsageError('--max-line-bytes needs --from jsonl or --from warc');
  }
  if (mode !== 'files' && values['max-file-bytes'] !== undefined) {
    throw new UsageError(
      `--max-file-bytes bounds whole files; with --from ${mode}, --max-line-bytes bounds each ${mode === 'jsonl' ? 'line' : mode === 'parquet' ? 'cell' : 'record'}`,
    );
  }
  if (mode === 'jsonl' && values.encoding !== undefined) {
    throw new UsageError('--encoding is for whole files and WARC pages; JSONL is always UTF-8');
  }

  const options: CliOptions = {
    command: command satisfies CliCommand,
    files: files.length === 0 ? ['-'] : files,
    mode,
    format,
    embeds,
    marker: values.marker,
    to,
    toGiven: toGiven !== undefined,
    outputFile,
    jsonArray: legacyOutput !== 'json' || files.length > 1,
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
    shard: shardOf(values, env, notices),
    progress: values.progress ? true : values['no-progress'] ? false : null,
    expand: expandSettings(values, deprecated),
    cache: values.cache ?? null,
  };
  if (options.cache !== null && options.expand === null) throw new UsageError('--cache needs --expand');
  if (options.cache === '') throw new UsageError('--cache needs a directory or a redis:// URL');
  return { kind: 'run', options, notices };
}

/** `--to parquet` writes records as a table: extract only, and into a file (`-o FILE`). */
function checkParquetOutput(command: string, outputFile: string | null): void {
  if (command !== 'extract') throw new UsageError('--to parquet writes records: it belongs to the extract command');
  if (outputFile === null) throw new UsageError('--to parquet needs -o FILE (a Parquet file is not written to stdout)');
}

function shardOf(values: FlagValues, env: Readonly<Record<string, string | undefined>>, notices: string[]): CliOptions['shard'] {
  const countOverride =
    values['shard-count'] === undefined ? null : parseWholeNumber('--shard-count', values['shard-count'], 1, 1_000_000_000);
  if (values.shard === undefined) {
    if (countOverride !== null) throw new UsageError('--shard-count needs --shard auto');
    return null;
  }
  if (values.shard.trim().toLowerCase() !== 'auto') {
    if (countOverride !== null) throw new UsageError('--shard-count needs --shard auto (--shard k/n gives the count itself)');
    return parseShard(values.shard);
  }
  const found = shardFromScheduler(env, countOverride);
  notices.push(`--shard auto: ${found.scheduler} (${found.used.join(', ')}): shard ${found.shard.index}/${found.shard.count}`);
  return found.shard;
}

type FlagValues = ReturnType<typeof parseArgs<{ options: typeof cliFlags; allowPositionals: true; strict: true }>>['values'];

const EXPAND_FLAGS = [
  'max-hops',
  'total-timeout-ms',
  'timeout-ms',
  'timeout',
  'concurrency',
  'per-host',
  'retries',
  'user-agent',
  'hosts',
  'allow-private-networks',
  'allowed-ports',
  'cache-timeout-ms',
  'cache-timeout',
] as const;

function expandSettings(values: FlagValues, deprecated: (old: string, instead: string) => void): ExpandSettings | null {
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
    timeout: milliseconds(values, totalTimeoutFlag(values), 'timeout', deprecated),
    concurrency: number('concurrency', 1, 1024),
    perHost: number('per-host', 1, 256),
    retries: number('retries', 0, 10),
    userAgent: values['user-agent'],
    allowPrivateNetworks: values['allow-private-networks'] === true,
    allowedPorts: portList(values['allowed-ports']),
    cacheTimeout: milliseconds(values, 'cache-timeout-ms', 'cache-timeout', deprecated),
  };
}

/**
 * The flag that gives the total time per link: `--total-timeout-ms`, which mirrors the API's
 * `totalTimeoutMs`, or its short form `--timeout-ms`; giving both is a usage error.
 */
function totalTimeoutFlag(values: FlagValues): 'total-timeout-ms' | 'timeout-ms' {
  if (values['total-timeout-ms'] === undefined) return 'timeout-ms';
  if (values['timeout-ms'] !== undefined) throw new UsageError('--timeout-ms and --total-timeout-ms name the same limit; give one');
  return 'total-timeout-ms';
}

/** A time limit: `--NAME-ms N` (whole milliseconds), or the deprecated `--NAME DURATION` (`10s`, `500ms`). */
function milliseconds(
  values: FlagValues,
  flag: 'total-timeout-ms' | 'timeout-ms' | 'cache-timeout-ms',
  legacy: 'timeout' | 'cache-timeout',
  deprecated: (old: string, instead: string) => void,
): number | undefined {
  const given = values[flag];
  const old = values[legacy];
  if (given !== undefined && old !== undefined) throw new UsageError(`--${legacy} and --${flag} name the same limit; give --${flag} only`);
  if (given !== undefined) return parseWholeNumber(`--${flag}`, given, 1, 3_600_000);
  if (old === undefined) return undefined;
  const ms = parseDuration(`--${legacy}`, old);
  deprecated(`--${legacy} ${old}`, `--${flag} ${ms}`);
  return ms;
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

/** Reads the flags with node:util's parseArgs; a malformed command line is a UsageError. */
function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: cliFlags, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
