// Bundles the extension and the CLI with esbuild. `--watch` rebuilds on change;
// `--production` minifies and drops source maps (what the VSIX ships).
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// Files derived from core data (one source of truth), generated before bundling, in order.
// Each entry is the argument list of a `node` process.
const generators = [['scripts/generate-countries.mjs'], ['scripts/generate-common-words.mjs'], ['--import', 'tsx', 'scripts/generate-grammar.ts']];
for (const args of generators) execFileSync(process.execPath, args, { stdio: 'inherit' });

/** @type {esbuild.BuildOptions} */
const options = {
  entryPoints: [
    { in: 'src/vscode/extension.ts', out: 'extension' },
    { in: 'src/cli/main.ts', out: 'cli' },
  ],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log('esbuild: watching for changes…');
} else {
  await esbuild.build(options);
}
