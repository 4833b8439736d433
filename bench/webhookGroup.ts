import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { compiledPath, compileServerForBench } from './lib/compiled.js';
import { load1, machine } from './lib/machine.js';
import { figure, median, type SuiteResult } from './lib/stats.js';

/**
 * `npm run bench:webhook-group`: the webhook group commit alone, without HTTP, the shipped
 * group beside the floor's writer (bench/lib/floorGroupWriter.ts, what the floor of the whole
 * contract writes). The end-to-end bench (bench:webhooks) swings by 20-40 % with this shared
 * host, more than a change to the group moves; this one times only the group's transaction on
 * a tmpfs database, each side in its own compiled process, alternating (GROUP_PAIRS, default
 * 3; each run GROUP_ROUNDS × GROUP_GROUPS groups of 25 real-shaped Shopify orders/create).
 * A diagnostic: the target is judged by bench:webhooks.
 */
const PAIRS = Number(process.env.GROUP_PAIRS ?? 3);

await compileServerForBench([
  'bench/webhookGroupChild.ts',
  'bench/lib/floorGroupWriter.ts',
  'tests/server/webhooksFixtures.ts',
]);
const loadBefore = load1();

interface ChildResult {
  mode: 'shipped' | 'floor';
  usPerDelivery: number[];
  orders: number;
}
const runChild = (mode: 'shipped' | 'floor'): ChildResult =>
  JSON.parse(
    execFileSync(process.execPath, [compiledPath('bench/webhookGroupChild.ts')], {
      env: { ...process.env, GROUP_MODE: mode, FLOOR_SYNC: 'NORMAL' },
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1) ?? '{}',
  ) as ChildResult;

const runs: Record<'shipped' | 'floor', ChildResult[]> = { shipped: [], floor: [] };
for (let p = 0; p < PAIRS; p++)
  for (const mode of ['floor', 'shipped'] as const) {
    const r = runChild(mode);
    runs[mode].push(r);
    console.log(`${mode.padEnd(8)} ${r.usPerDelivery.map((x) => x.toFixed(1)).join(' ')} µs a delivery by round`);
  }

const perRun = (mode: 'shipped' | 'floor') => runs[mode].map((r) => median(r.usPerDelivery));
const shipped = median(perRun('shipped'));
const floor = median(perRun('floor'));
const expectedOrders = (runs.shipped[0]?.usPerDelivery.length ?? 0) * Number(process.env.GROUP_GROUPS ?? 600) * 25;
for (const r of [...runs.shipped, ...runs.floor])
  if (r.orders !== expectedOrders) throw new Error(`${r.mode} counted ${r.orders} orders, not ${expectedOrders}`);

const suite: SuiteResult = {
  suite: 'webhookGroup',
  ranAt: new Date().toISOString(),
  machine: machine(),
  load: { before: loadBefore, after: load1() },
  figures: [
    figure({
      name: `webhook group commit alone (no HTTP, tmpfs, synchronous=NORMAL): 25 real-shaped Shopify orders/create a group, median of ${PAIRS} alternating runs — shipped runs ${perRun('shipped').join(', ')} µs; every order counted once`,
      value: shipped,
      unit: 'µs/delivery',
      reference: { name: 'the floor of the whole contract’s group writer, same deliveries', value: floor },
    }),
  ],
};
writeFileSync('bench/results/webhookGroup.json', `${JSON.stringify(suite, null, 2)}\n`);
console.log(
  `shipped group ${shipped} µs a delivery, floor's writer ${floor} µs: ${(shipped / floor).toFixed(2)}× (runs: shipped ${perRun('shipped').join(', ')}; floor ${perRun('floor').join(', ')})`,
);
