import { describe, expect, it } from 'vitest';
import { readJsonlLine } from '../../src/cli/read-jsonl-line.js';
import { configOf } from './parsed-options.js';

const config = configOf(['extract', '--from', 'jsonl']);

describe('readJsonlLine', () => {
  it('takes the HTML field first, then the text field, with the id and the URL', () => {
    expect(readJsonlLine('{"id":7,"html":"<p>x</p>","text":"x","url":"https://news.example/a"}', config)).toEqual({
      ok: true,
      id: 7,
      input: '<p>x</p>',
      format: 'html',
      url: 'https://news.example/a',
    });
    expect(readJsonlLine('{"id":"b","text":"Ferry at dawn"}', config)).toEqual({
      ok: true,
      id: 'b',
      input: 'Ferry at dawn',
      format: 'text',
      url: null,
    });
  });

  it('reads only the field --format names, and custom field names', () => {
    const textOnly = configOf(['extract', '--from', 'jsonl', '--format', 'text', '--text-field', 'body', '--id-field', 'key']);
    expect(readJsonlLine('{"key":"k","html":"<p>x</p>","body":"plain"}', textOnly)).toMatchObject({ ok: true, id: 'k', input: 'plain' });
    expect(readJsonlLine('{"key":"k","html":"<p>x</p>"}', textOnly)).toEqual({ ok: false, id: 'k', error: 'missing field "body"' });
  });

  it('says what is wrong with a line, keeping the id when it has one', () => {
    expect(readJsonlLine('  ', config)).toEqual({ ok: false, id: null, error: 'empty line' });
    expect(readJsonlLine('{"id":1,', config)).toMatchObject({ ok: false, id: null });
    expect(readJsonlLine('[1,2]', config)).toEqual({ ok: false, id: null, error: 'line is not a JSON object (got array)' });
    expect(readJsonlLine('{"id":2,"text":null}', config)).toEqual({ ok: false, id: 2, error: 'field "text" must be a string, got null' });
    expect(readJsonlLine('{"id":3,"text":"x","url":"/a/relative"}', config)).toEqual({
      ok: false,
      id: 3,
      error: 'field "url" must be an absolute URL (the article\'s), got "/a/relative"',
    });
    expect(readJsonlLine('{"id":{"nested":1}}', config)).toEqual({ ok: false, id: null, error: 'missing field "text" or "html"' });
  });
});
