import { describe, expect, it } from 'vitest';
import { entityFields, readBodyEntities } from '../../src/text/body-entities.js';

describe('readBodyEntities', () => {
  it('finds a media link glued to the word before it', () => {
    expect(readBodyEntities('Look photopic.twitter.com/abc').urls.map((url) => url.value)).toEqual(['pic.twitter.com/abc']);
  });
});

describe('entityFields', () => {
  it("gives a record's links, mentions, hashtags and cashtags", () => {
    const fields = entityFields('Hi @jane #news $ACME https://example.com/a');
    expect(fields.mentions).toEqual(['jane']);
    expect(fields.hashtags).toEqual(['news']);
    expect(fields.cashtags).toEqual(['ACME']);
    expect(fields.links.map((link) => link.url)).toEqual(['https://example.com/a']);
  });
});
