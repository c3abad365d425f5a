import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/cli/batch-protocol.js';
import { MAX_RESULT_CHARS, renderBounded, renderItem } from '../../src/cli/render-item.js';

const lineItem: ItemResult = {
  value: { id: 'a7', format: 'text', embeds: [{ platform: 'twitter', text: 'Harbour closed '.repeat(20) }], diagnostics: [] },
  failed: false,
  embeds: 1,
};
const fileItem: ItemResult = {
  value: { file: 'harbour.txt', format: 'text', embeds: [], diagnostics: [], output: 'x'.repeat(400) },
  failed: false,
  embeds: 0,
};

describe('renderBounded', () => {
  it('renders as renderItem does while the result fits', () => {
    expect(renderBounded(lineItem, 'jsonl', 'extract', 3)).toEqual({ item: lineItem, text: renderItem(lineItem, 'jsonl', 'extract') });
    expect(MAX_RESULT_CHARS).toBe(2 ** 28);
  });

  it('gives a result too long for one line an error line that names the line', () => {
    const { item, text } = renderBounded(lineItem, 'jsonl', 'extract', 3, 100);
    expect(item).toMatchObject({ failed: true, embeds: 0 });
    expect(JSON.parse(text)).toEqual({
      id: 'a7',
      line: 3,
      error: expect.stringMatching(/^result too large for one output line \(over 100 characters\)/),
    });
  });

  it('names the file in whole-file mode, in every output form', () => {
    expect(JSON.parse(renderBounded(fileItem, 'json', 'convert', 1, 100).text)).toMatchObject({
      file: 'harbour.txt',
      error: expect.stringContaining('result too large'),
    });
    expect(renderBounded(fileItem, 'md', 'convert', 1, 100).text).toMatch(/^<!-- embedsift: harbour\.txt: result too large/);
  });
});
