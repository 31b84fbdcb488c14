/** Lets the extension host run other work (input, rendering, other extensions) before going on. */
export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** Export chunks (about one article each) joined between two pauses: a few milliseconds' work. */
const CHUNKS_PER_SLICE = 200;

/**
 * An export's chunks joined into the text to write, pausing every few hundred
 * of them: a large bulletin's export is built without stalling the editor.
 */
export async function joinInSlices(chunks: Iterable<string>): Promise<string> {
  const parts: string[] = [];
  for (const chunk of chunks) {
    parts.push(chunk);
    if (parts.length % CHUNKS_PER_SLICE === 0) await yieldToEventLoop();
  }
  return parts.join('');
}
