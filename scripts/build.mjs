// Bundles the extension and the CLI with esbuild. `--watch` rebuilds on change;
// `--production` minifies and drops source maps (what the VSIX ships).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

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
