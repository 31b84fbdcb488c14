import type { Mention } from '../types';

/**
 * `m` moved by `delta` characters. Fields are copied by name, not spread: this
 * runs for every mention of a large bulletin, and a spread goes through V8's
 * generic copy.
 */
export function shiftMention(m: Mention, delta: number): Mention {
  const shifted: Mention = { type: m.type, text: m.text, start: m.start + delta, end: m.end + delta };
  if (m.normalized !== undefined) shifted.normalized = m.normalized;
  if (m.role !== undefined) shifted.role = m.role;
  return shifted;
}
