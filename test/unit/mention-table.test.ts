import * as assert from 'node:assert/strict';
import { MentionTable } from '../../src/core/annotate/mentionTable';
import { officialNames } from '../../src/core/annotate/coreference';
import { StringPool } from '../../src/core/text/stringPool';
import type { Mention } from '../../src/core/types';

const mentions: Mention[] = [
  { type: 'date', text: '3 March', start: 0, end: 7, normalized: '2026-03-03' },
  { type: 'official', text: 'Kaja Kallas', start: 12, end: 23, role: 'Prime Minister' },
  { type: 'country', text: 'Estonia', start: 30, end: 37, normalized: 'EE' },
  { type: 'official', text: 'Kallas', start: 40, end: 46 },
];

describe('MentionTable', () => {
  it('gives back each mention, shifted, with only the fields it had', () => {
    const table = new MentionTable(mentions);
    assert.equal(table.length, 4);
    assert.deepEqual(Array.from({ length: table.length }, (_, i) => table.mention(i, 0)), mentions);
    assert.deepEqual(table.mention(1, 100), { type: 'official', text: 'Kaja Kallas', start: 112, end: 123, role: 'Prime Minister' });
    assert.deepEqual(table.mention(3, 5), { type: 'official', text: 'Kallas', start: 45, end: 51 });
    assert.equal(new MentionTable([]).length, 0);
  });

  it('gives back the same mentions when its strings come from a pool', () => {
    const pool = new StringPool(10);
    const table = new MentionTable([...mentions, { ...mentions[2], start: 50, end: 57 }], pool);
    assert.deepEqual(Array.from({ length: table.length }, (_, i) => table.mention(i, 0)), [...mentions, { ...mentions[2], start: 50, end: 57 }]);
    assert.equal(pool.size, 6);
  });

  it('links officials as the mentions as a list do', () => {
    const names = [[undefined, 'Kaja Kallas', undefined, 'Kaja Kallas'], ['Kaja Kallas']];
    assert.deepEqual(officialNames([mentions, [mentions[3]]]), names);
    assert.deepEqual(officialNames([new MentionTable(mentions), new MentionTable([mentions[3]])]), names);
  });
});
