import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load1, machine } from './lib/machine.js';
import type { Figure } from './lib/stats.js';

/**
 * `npm run bench`: runs every `bench:*` script in package.json (except `bench:data`, the
 * generator the suites call themselves), one after another, then merges the results files
 * they wrote (bench/results/<suite>.json) into bench/results/latest.json and a markdown table
 * (bench/results/latest.md, also spliced into bench/README.md between the results markers).
 * A suite's file counts only if this run wrote it; a stale file from an earlier run is named
 * as such, never passed off as new. Not part of `npm test`.
 */

const RESULTS = 'bench/results';
const README = 'bench/README.md';
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

interface ScriptRun {
  script: string;
  exitCode: number | null;
  seconds: number;
}

function runScripts(): ScriptRun[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  const names = Object.keys(pkg.scripts ?? {})
    .filter((s) => s.startsWith('bench:') && s !== 'bench:data')
    .sort();
  const runs: ScriptRun[] = [];
  for (const script of names) {
    console.log(`\n=== npm run ${script} ===`);
    const t0 = performance.now();
    const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
    runs.push({ script, exitCode: r.status, seconds: Math.round((performance.now() - t0) / 100) / 10 });
  }
  return runs;
}

interface SuiteFile {
  suite?: string;
  ranAt?: string;
  figures?: Figure[];
  [k: string]: unknown;
}

const fmt = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? '' : Math.abs(v) >= 100 ? v.toFixed(0) : String(Math.round(v * 100) / 100);

function table(suites: Record<string, SuiteFile>): string {
  const lines = [
    '| suite | figure | value | reference (same run) | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, s] of Object.entries(suites)) {
    if (!Array.isArray(s.figures)) {
      lines.push(`| ${name} | (no figures list; see latest.json) | | | | | |`);
      continue;
    }
    for (const f of s.figures) {
      const ref = f.reference ? `${f.reference.name}: ${fmt(f.reference.value)} ${f.unit}` : '';
      const met = f.met === undefined ? '' : f.met ? 'yes' : '**no**';
      const note = f.note ? ` — ${f.note}` : '';
      lines.push(
        `| ${name} | ${f.name}${note} | ${fmt(f.value)} ${f.unit} | ${ref} | ${f.ratio === undefined ? '' : `${f.ratio}×`} | ${f.target?.text ?? ''} | ${met} |`,
      );
    }
  }
  return lines.join('\n');
}

function main() {
  const startedAt = Date.now();
  const loadBefore = load1();
  const runs = runScripts();
  const suites: Record<string, SuiteFile> = {};
  const stale: string[] = [];
  for (const f of readdirSync(RESULTS).filter((x) => x.endsWith('.json') && x !== 'latest.json')) {
    const path = join(RESULTS, f);
    const name = f.replace(/\.json$/, '');
    if (statSync(path).mtimeMs < startedAt) {
      stale.push(name);
      continue;
    }
    suites[name] = JSON.parse(readFileSync(path, 'utf8')) as SuiteFile;
  }
  const latest = {
    ranAt: new Date(startedAt).toISOString(),
    machine: machine(),
    load: { before: loadBefore, after: load1() },
    scripts: runs,
    staleResultFilesIgnored: stale,
    suites,
  };
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
  const m = latest.machine;
  const md = [
    `Run of ${latest.ranAt} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; 1-minute load average ${latest.load.before} before, ${latest.load.after} after (a shared machine).`,
    '',
    table(suites),
    '',
    `Scripts: ${runs.map((r) => `${r.script} (${r.exitCode === 0 ? 'ok' : `exit ${r.exitCode}`}, ${r.seconds} s)`).join(', ')}.`,
    ...(stale.length ? ['', `Not rerun in this run, left out: ${stale.join(', ')}.`] : []),
  ].join('\n');
  writeFileSync(join(RESULTS, 'latest.md'), `${md}\n`);
  if (existsSync(README)) {
    const readme = readFileSync(README, 'utf8');
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    if (a >= 0 && b > a) writeFileSync(README, `${readme.slice(0, a + START.length)}\n${md}\n${readme.slice(b)}`);
  }
  console.log(`\n${md}`);
  if (runs.some((r) => r.exitCode !== 0)) process.exit(1);
}

main();
