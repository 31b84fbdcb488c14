import type { EntityType, Mention } from '../types';

/**
 * `m` moved by `delta` characters. Fields are copied by name, not spread: this
 * runs for every mention of a large bulletin, and a spread goes through V8's
 * generic copy.
 */
export function shiftMention(m: Mention, delta: number): Mention {
  return makeMention(m.type, m.text, m.start + delta, m.end + delta, m.normalized, m.role);
}

/** A mention of these fields, the optional ones left out when undefined: one literal per set of fields. */
export function makeMention(type: EntityType, text: string, start: number, end: number, normalized: string | undefined, role: string | undefined): Mention {
  if (normalized === undefined) return role === undefined ? { type, text, start, end } : { type, text, start, end, role };
  return role === undefined ? { type, text, start, end, normalized } : { type, text, start, end, normalized, role };
}
