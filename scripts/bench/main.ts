// `npm run bench` (bundled to out/bench.js): generates 1, 10 and 50 MB bulletins from the fixtures and
// measures each in a process of its own, then prints one table. A benchmark,
// not a test: nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { measureActivation } from './activation';
import { memoryCase, runCase } from './case';
import { generateBulletin } from './generate';

// Bundled to out/bench.js: the project root is one level up.
const root = resolve(__dirname, '..');
const SIZES_MB = [1, 10, 50];

type Result = Awaited<ReturnType<typeof runCase>> & ReturnType<typeof memoryCase>;

function child(args: string[]): string {
  return execFileSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim();
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

function table(results: Result[], activationMs: number): string {
  const col = (label: string, cell: (r: Result) => string) => `| ${label} | ${results.map(cell).join(' | ')} |`;
  return [
    `| measure | ${results.map((r) => `${f1(r.chars / 1048576)} MB (${r.articles} articles)`).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
    col('parse only, MB/s', (r) => f1(r.parseMBs)),
    col('regex ceiling, MB/s', (r) => f1(r.ceilingMBs)),
    col('full annotation, MB/s', (r) => f1(r.annotateMBs)),
    col('annotation time ÷ regex ceiling', (r) => `${f2(r.annotateToCeiling)}×`),
    col('our ms per article / compromise ms per article', (r) => `${f2(r.ourMsPerArticle)} / ${f1(r.compromiseMsPerArticle)}`),
    col('speed-up over compromise', (r) => `${f1(r.compromiseSpeedup)}×`),
    col('1-char edit mid-file: ms (articles re-parsed, re-annotated)', (r) => `${f2(r.editMs)} (${r.editReparsed}, ${r.editReannotated})`),
    col('tokens, first 100 lines on open, ms', (r) => f2(r.firstScreenMs)),
    col('tokens, 100 lines mid-file on open, ms', (r) => f2(r.middleScreenMs)),
    col('tokens, whole file, ms', (r) => f1(r.wholeTokensMs)),
    col('first screen ÷ whole file', (r) => `${f2((100 * r.firstScreenMs) / r.wholeTokensMs)} %`),
    col('tree article list, ms', (r) => f1(r.treeMs)),
    ...(['json', 'jsonl', 'csv', 'md'] as const).map((f) => col(`export ${f}, MB/s`, (r) => f1(r.exportMBs[f]))),
    col('longest blocking stretch opening the file in the editor (model read in runs of lines, annotation, linking in slices), ms', (r) => f1(r.longestBlockMs)),
    col('longest blocking stretch re-linking the file after a 1-char edit mid-file, ms', (r) => f1(r.longestRelinkMs)),
    col("longest blocking stretch of the editor's whole-file passes (tokens, symbols, folding, tree), ms", (r) => f1(r.longestPassMs)),
    col('peak RSS: annotate once + stream JSON export, MB (× file size)', (r) => `${f1(r.peakRssMB)} (${f1(r.peakRssMB / (r.chars / 1048576))}×)`),
    '',
    `Extension activation (module load to \`activate\` done, no bulletin open): ${f1(activationMs)} ms.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const [mode, arg] = process.argv.slice(2);
  if (mode === '--case') return void process.stdout.write(JSON.stringify(await runCase(arg)));
  if (mode === '--memory') return void process.stdout.write(JSON.stringify(memoryCase(arg)));
  if (mode === '--activation') return void process.stdout.write(JSON.stringify(measureActivation(root)));
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const results: Result[] = [];
  for (const size of SIZES_MB) {
    const file = join(dir, `bulletin-${size}mb.txt`);
    if (!existsSync(file)) writeFileSync(file, generateBulletin(root, size * 1048576));
    process.stderr.write(`measuring ${file}…\n`);
    results.push({ ...JSON.parse(child(['--case', file])), ...JSON.parse(child(['--memory', file])) } as Result);
  }
  const activation = JSON.parse(child(['--activation'])) as { ms: number };
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
  console.log(table(results, activation.ms));
}

void main();
