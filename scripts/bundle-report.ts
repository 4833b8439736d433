import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Prints each built chunk's raw and gzip size, and the overview's initial JS against its budget. */
const dir = 'dist/web/assets';
const BUDGET_KB = 200;
const html = readFileSync('dist/web/index.html', 'utf8');
const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
let initial = 0;
console.log('\nchunk                                   raw KB   gzip KB  initial');
for (const f of files.sort()) {
  const buf = readFileSync(join(dir, f));
  const gz = gzipSync(buf).length / 1024;
  // Initial = referenced from index.html (entry script and its modulepreloads).
  const isInitial = f.endsWith('.js') && html.includes(f);
  if (isInitial) initial += gz;
  console.log(
    `${f.padEnd(40)}${(buf.length / 1024).toFixed(1).padStart(7)}${gz.toFixed(1).padStart(10)}  ${isInitial ? 'yes' : ''}`,
  );
}
console.log(`\nInitial JS for the overview: ${initial.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (initial > BUDGET_KB) {
  console.error(`Over budget by ${(initial - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
