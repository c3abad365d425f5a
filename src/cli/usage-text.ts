/**
 * The text `embedsift --help` prints. Every flag of `parse-arguments.ts` is listed here (a test
 * checks it).
 *
 * @example
 * process.stdout.write(usageText('0.1.0'));
 */
export function usageText(version: string): string {
  return `embedsift ${version}: find the social posts embedded in news articles.

Usage:
  embedsift extract [options] [FILE…]     records of the embedded posts
  embedsift convert [options] [FILE…]     the article with its embeds removed, marked or kept,
                                          plus the records
  FILE '-' or no FILE reads stdin.

Input:
  -f, --from FORMAT          how inputs are read (default auto):
                             auto|html|text|markdown: each FILE is one article (auto: HTML when
                             it looks like HTML);
                             jsonl: every input line is one article, {"id": …, "text": …} or
                             {"id": …, "html": …}; one output line per input line, in order;
                             warc: web archives (.warc, .warc.gz; auto recognises them by
                             content): one output line per HTML response record
                             (needs: npm install warcio)
                             parquet: Parquet tables (auto: files that open with PAR1 or are
                             named .parquet): one output line per row; the columns are named by
                             the field flags below (needs: npm install hyparquet)
  --id-field NAME            JSONL field (Parquet column) holding the id (default id)
  --text-field NAME          JSONL field (Parquet column) holding plain text (default text)
  --html-field NAME          JSONL field (Parquet column) holding HTML (default html)
  --format text|html         with --from jsonl|parquet: read only that field (default: HTML first)
  --url-field NAME           JSONL field (Parquet column) holding the article's URL, the base
                             of its relative links (default url; wins over --base-url)
  --base-url URL             the article's URL: relative links in HTML records are resolved
                             against it (and the page's <base href>)
  --encoding LABEL           whole files: the encoding of the FILEs (utf-8, windows-1252,
                             shift_jis, …) when they have no byte order mark; it wins over
                             <meta charset>. Default: the BOM, else <meta charset>, else UTF-8
  --max-line-bytes SIZE      longer JSONL lines (WARC record bodies) are skipped, not buffered,
                             and get an error line (default 16M; units K, M, G)
  --max-file-bytes SIZE      whole files: a longer FILE is not read past SIZE and gets an error
                             in place of its result (default 16M)
  --shard k/n|auto           process only shard k of n (k is 1-based): JSONL line L, or input
                             FILE number L (whole files, WARC), or Parquet row group L
                             (numbered across the FILEs), belongs to shard ((L-1) mod n)
                             + 1. auto: k and n from SLURM, AWS Batch or a Kubernetes Indexed
                             Job (stderr says which variables it read)
  --shard-count N            with --shard auto: the number of shards (Kubernetes sets none; or
                             set EMBEDSIFT_SHARD_COUNT)

Limits per article (past one, a 'truncated' diagnostic says what was left out):
  --max-records N            the first N records of an article are kept (default 1000)
  --max-links N              the first N links of a record are kept (default 100)
  --max-text-length N        a record's text is cut to N characters (default 100000)

Output:
  -t, --to FORMAT            json: a JSON array, one document per FILE (default for whole files);
                             jsonl: one line per FILE, input line or record (the only form
                             with --from jsonl|warc|parquet, with parquet); md (or markdown):
                             Markdown (convert: the article as Markdown; extract: a list);
                             parquet: extract's records as a table, one row per record, into
                             -o FILE (needs: npm install hyparquet-writer)
  -o, --output FILE          write to FILE instead of stdout (- is stdout)
  --embeds remove|marker|keep   convert: what becomes of each embed (default marker)
  --marker TEXT              convert: the marker template for --embeds marker, with
                             {platform} {handle} {name} {id} {url} {date} {index}
  --strict                   exit 1 when any line or file failed

Link expansion (network; off by default):
  --expand                   follow short links (t.co, bit.ly, …) to their targets
  --hosts a,b|all            hosts to expand (default: the known short-link hosts)
  --max-hops N               redirects followed per link
  --total-timeout-ms N       total time per link, in milliseconds (default 20000; the API's
                             totalTimeoutMs); --timeout-ms N is the same
  --concurrency N            requests in flight at once
  --per-host N               requests in flight per host
  --retries N                retries of a failed request
  --user-agent TEXT          the User-Agent header
  --allow-private-networks   allow loopback and private addresses (off: blocked, SSRF guard)
  --allowed-ports P,Q|all    ports requests may go to (default 80,443)
  --cache DIR|redis://…      remember expansions across runs: a directory, or a Redis URL
                             (needs: npm install keyv @keyv/redis)
  --cache-timeout-ms N       longest wait for one cache call, then a miss (default 1000; the
                             API's cacheTimeoutMs)

Running:
  -w, --workers N            worker threads that parse (default: number of cores; 0 = parse in
                             the main thread)
  --progress                 print progress on stderr even when it is not a terminal
  --no-progress              never print progress (default: only when stderr is a terminal)
  -h, --help                 this text
  -v, --version              the version

Job queue (BullMQ on Redis, over many machines; needs: npm install bullmq ioredis):
  embedsift enqueue extract|convert [options] --queue URL FILE…
                             cut the FILEs into jobs (paths every worker can read) and queue them
  embedsift work --queue URL -o DIR     run jobs until none is left: DIR/part-<id>.jsonl each
  embedsift status --queue URL          jobs waiting, active, completed, failed (with reasons)
  --queue redis://…          the Redis of the queue (nothing else is contacted)
  --queue-name NAME          the queue (default embedsift): one per corpus
  --queue-timeout-ms N       longest wait to connect, and for one enqueue/status call (10000)
  --batch-lines N            enqueue: JSONL lines per job (default 10000)
  --batch-rows N             enqueue: Parquet rows per job, along row groups (default 10000)
  --batch-files N            enqueue: whole files per job (default 100; a WARC file is one job)
  --attempts N               enqueue: tries per job before it is failed (default 3)
  --lock-ms N                work: a job whose worker is silent this long is run again (30000)
  --max-stalls N             work: a job whose worker died more often than this fails (2)
  --to text|json             status: the form of the report

Deprecated (still accepted in this release, with a message on stderr):
  --jsonl                    use --from jsonl
  --format auto|text|html    (whole files) use --from
  -o json|jsonl|md           use --to; -o now names the output FILE
  --timeout DURATION         use --timeout-ms N
  --cache-timeout DURATION   use --cache-timeout-ms N

Exit status: 0 done; 1 some line or file failed and --strict was given (or a worker failed);
2 usage error; 3 an input could not be read (the others were written); 4 the output could not
be written (disk full); 130 / 143 stopped by SIGINT / SIGTERM (the lines in flight were written).

Examples:
  embedsift extract article.html
  embedsift convert --embeds remove --to md article.txt -o clean.md
  embedsift extract --from jsonl --workers 4 corpus.jsonl -o embeds.jsonl
  embedsift extract --from jsonl --shard 2/8 corpus.jsonl -o part-2.jsonl
  embedsift extract --from jsonl --shard auto corpus.jsonl -o part-$SLURM_ARRAY_TASK_ID.jsonl
  embedsift extract --from jsonl --expand --cache ~/.cache/embedsift corpus.jsonl
  embedsift extract CC-NEWS-20240501000000-00000.warc.gz -o embeds.jsonl
  embedsift extract --from parquet articles.parquet --to parquet -o records.parquet
`;
}
