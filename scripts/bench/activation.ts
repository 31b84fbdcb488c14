import Module from 'node:module';
import { join } from 'node:path';

/**
 * A stand-in for the `vscode` module: every property is a callable that
 * returns another stand-in, so `activate` can run its wiring outside the
 * editor. It measures our own load and wiring cost, not VS Code's.
 */
function standIn(): unknown {
  const target = function () {} as unknown as Record<string | symbol, unknown>;
  const get = (_t: object, key: string | symbol) => (key === 'then' || key === '__esModule' ? undefined : key === Symbol.toPrimitive ? () => '' : standIn());
  // The bundle copies the module's own keys into a namespace object whose
  // prototype is the module's: answer property reads from that prototype too.
  const prototype = new Proxy({}, { get });
  return new Proxy(target, { get, set: () => true, getPrototypeOf: () => prototype, apply: () => standIn(), construct: () => standIn() as object });
}

/** Milliseconds from requiring the bundled extension to `activate` returning, and whether compromise got loaded. */
export function measureActivation(root: string): { ms: number } {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const vscode = standIn();
  loader._load = (request, ...rest) => (request === 'vscode' ? vscode : original(request, ...rest));
  const context = { subscriptions: [] as unknown[], extensionUri: standIn(), extensionPath: root, globalState: standIn(), workspaceState: standIn() };
  const t0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(join(root, 'dist/extension.js')) as { activate(c: unknown): unknown };
  extension.activate(context);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  loader._load = original;
  return { ms };
}
