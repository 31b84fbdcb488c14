// `npm run bench` (bundled to out/bench.js): generates 1, 10 and 50 MB bulletins from the fixtures and
// measures each in a process of its own, then prints one table; `npm run bench -- --rounds 3`
// measures each case three times and prints the medians. A benchmark, not a test: nothing here
// passes or fails.
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
  // `--expose-gc`: `medianMs` collects the set-up's garbage before timing.
  return execFileSync(process.execPath, ['--expose-gc', __filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim();
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
    col('1-char edit mid-file: mean ms of 500 edits (articles re-parsed, re-annotated by the last)', (r) => `${f2(r.editMs)} (${r.editReparsed}, ${r.editReannotated})`),
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
  const rounds = mode === '--rounds' ? Number(arg) : 1;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds wants a whole number of at least 1, got ${arg}`);
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const results: Result[] = [];
  for (const size of SIZES_MB) {
    const file = join(dir, `bulletin-${size}mb.txt`);
    if (!existsSync(file)) writeFileSync(file, generateBulletin(root, size * 1048576));
    const runs: Result[] = [];
    for (let round = 1; round <= rounds; round++) {
      process.stderr.write(`measuring ${file} (round ${round} of ${rounds})…\n`);
      runs.push({ ...JSON.parse(child(['--case', file])), ...JSON.parse(child(['--memory', file])) } as Result);
    }
    results.push(medianOf(runs));
  }
  const activation = medianOf(Array.from({ length: rounds }, () => JSON.parse(child(['--activation'])) as { ms: number }));
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; median of ${rounds} round(s)\n`);
  console.log(table(results, activation.ms));
}

/**
 * Field by field, the median of several rounds' results (numbers, also in
 * nested records); other values are the first round's. A shared host's
 * figures wander from one process to the next: the median of a few rounds
 * wanders less.
 */
function medianOf<T>(rounds: T[]): T {
  const first = rounds[0];
  if (typeof first === 'number') {
    const sorted = (rounds as number[]).slice().sort((a, b) => a - b);
    return sorted[(sorted.length - 1) >> 1] as T;
  }
  if (first === null || typeof first !== 'object') return first;
  const fields = Object.keys(first).map((key) => [key, medianOf(rounds.map((r) => (r as Record<string, unknown>)[key]))]);
  return Object.fromEntries(fields) as T;
}

void main();
