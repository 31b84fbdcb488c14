import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a generated file, creating its folder, but only when its content
 * changed: rewriting identical content would needlessly wake watchers and editors.
 */
export function writeGenerated(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  let previous = '';
  try {
    previous = readFileSync(file, 'utf8');
  } catch {
    // first build: nothing generated yet
  }
  if (content !== previous) writeFileSync(file, content);
}
