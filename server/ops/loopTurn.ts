/**
 * A number that changes once per event-loop turn: work done for every request (a cache check
 * that costs a statement) can be done once for all the requests read in the same turn.
 * Callers that keep the number see a new one as soon as any I/O or timer callback has run.
 */
let turn = 0;
let scheduled = false;
const next = () => {
  turn++;
  scheduled = false;
};

export function loopTurn(): number {
  if (!scheduled) {
    scheduled = true;
    setImmediate(next);
  }
  return turn;
}
