// Parquet helpers for the CLI tests: load the optional peers (hyparquet, hyparquet-writer) if they
// are installed, write a table, and read one back as plain objects.

type Reader = typeof import('hyparquet');
type Writer = typeof import('hyparquet-writer');

/** The optional peers, or null when either is not installed (the Parquet tests then skip, saying so). */
export const peers: { reader: Reader; writer: Writer } | null = await (async () => {
  try {
    return { reader: await import('hyparquet'), writer: await import('hyparquet-writer') };
  } catch {
    console.warn('SKIPPED: the Parquet tests need the optional peers hyparquet and hyparquet-writer (npm install)');
    return null;
  }
})();

/** One column of a table written by {@link writeTable}. */
export interface TestColumn {
  name: string;
  data: unknown[];
  type: 'STRING' | 'BYTE_ARRAY' | 'INT32' | 'INT64' | 'BOOLEAN';
}

/**
 * Writes a Parquet file with row groups of `groupRows` rows (a list: the sizes of the first
 * groups, the last one repeated).
 *
 * @example
 * writeTable('/tmp/a.parquet', [{ name: 'id', data: ['a'], type: 'STRING' }], 1);
 */
export function writeTable(path: string, columns: TestColumn[], groupRows: number | number[]): void {
  if (peers === null) throw new Error('hyparquet-writer is not installed');
  peers.writer.parquetWriteFile({
    filename: path,
    columnData: columns.map((column) => ({ ...column, data: column.data as never })),
    rowGroupSize: groupRows,
  });
}

/**
 * Reads a Parquet file back: its rows as objects (64-bit integers as numbers), and its row groups' sizes.
 *
 * @example
 * const { rows, groups } = await readTable('/tmp/records.parquet');
 */
export async function readTable(path: string): Promise<{ rows: Record<string, unknown>[]; groups: number[] }> {
  if (peers === null) throw new Error('hyparquet is not installed');
  const file = await peers.reader.asyncBufferFromFile(path);
  const metadata = await peers.reader.parquetMetadataAsync(file);
  const rows = await peers.reader.parquetReadObjects({ file, metadata });
  const plain = rows.map((row) => JSON.parse(JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? Number(value) : value))));
  return { rows: plain, groups: metadata.row_groups.map((group) => Number(group.num_rows)) };
}
