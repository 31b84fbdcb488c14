import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../../src/core/parse/parser';

const FIXTURES = ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt'];

/** Every article of the fixtures as text, stamp line excluded, LF line ends. */
function fixtureArticles(root: string): string[] {
  const bodies: string[] = [];
  for (const name of FIXTURES) {
    const parsed = parseBulletin(readFileSync(join(root, 'test/fixtures', name), 'utf8').replace(/\r\n/g, '\n'));
    for (const a of parsed.articles) bodies.push(parsed.text.slice(a.stamp.end, a.end).replace(/^\n+|\n+$/g, ''));
  }
  return bodies;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A bulletin of about `bytes` characters: the fixtures' whole articles in
 * turn, each under a fresh stamp (dates walking back a day at a time, varied
 * times and counters), so no two articles are the same text.
 */
export function generateBulletin(root: string, bytes: number): string {
  const bodies = fixtureArticles(root);
  const parts: string[] = ['date 2026-02-25\n'];
  let size = parts[0].length;
  const day = Date.UTC(2026, 1, 24);
  for (let i = 0; size < bytes; i++) {
    const d = new Date(day - i * 86_400_000);
    const stamp = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}, ${pad(i % 24)}:${pad((i * 7) % 60)} ${1000 + ((i * 7919) % 90000)}\n`;
    const body = `${bodies[i % bodies.length]}\n`;
    parts.push(stamp, body);
    size += stamp.length + body.length;
  }
  return parts.join('');
}
