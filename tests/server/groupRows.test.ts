import { expect, test } from 'vitest';
import { GroupRows, type KeyedRow, type RowTable } from '../../server/db/groupRows.js';
import { groupOrders } from '../../server/db/webhookOrders.js';
import { groupTickets } from '../../server/db/webhookTickets.js';
import { makeTestApp } from '../helpers/testApp.js';

/** A state table in memory that counts its statements. */
function countingTable(stored: Record<string, number>) {
  const calls = { read: 0, readMany: 0, write: 0 };
  const table: RowTable<number> = {
    read: (s, id) => {
      calls.read++;
      return stored[`${s}/${id}`] ?? 0;
    },
    readMany: (s, ids) => {
      calls.readMany++;
      return ids.map((id) => stored[`${s}/${id}`] ?? 0);
    },
    write: (rows: ReadonlyArray<KeyedRow<number>>) => {
      calls.write++;
      for (const r of rows) stored[`${r.sourceId}/${r.id}`] = r.value;
    },
  };
  return { table, calls };
}

test('rows wanted before a group are read in one statement a source, at its first read', () => {
  const stored: Record<string, number> = { 'a/1': 10, 'b/9': 90 };
  const { table, calls } = countingTable(stored);
  const rows = new GroupRows(table);
  // Wanted while no group is open (deliveries on their way), then the group starts.
  for (const [s, id] of [
    ['a', '1'],
    ['a', '2'],
    ['b', '9'],
    ['a', '1'],
  ] as const)
    rows.want(s, id);
  rows.start();
  expect(rows.get('a', '2')).toBe(0);
  expect(calls).toEqual({ read: 0, readMany: 2, write: 0 });
  expect([rows.get('a', '1'), rows.get('b', '9')]).toEqual([10, 90]);
  // A row nobody wanted is read on its own; a changed row is seen by later reads.
  expect(rows.get('a', '3')).toBe(0);
  rows.put('a', '1', 11);
  expect(rows.get('a', '1')).toBe(11);
  expect(calls).toEqual({ read: 1, readMany: 2, write: 0 });
  rows.write();
  expect(stored['a/1']).toBe(11);
  // The next group reads again: nothing wanted is left over, nothing held.
  rows.start();
  expect(rows.get('a', '1')).toBe(11);
  expect(calls).toEqual({ read: 2, readMany: 2, write: 1 });
  rows.write();
});

test('a rolled-back group drops what it wanted and held; its retry reads afresh', () => {
  const { table, calls } = countingTable({ 'a/1': 5 });
  const rows = new GroupRows(table);
  rows.want('a', '1');
  rows.start();
  rows.put('a', '1', 6);
  rows.rollBack();
  rows.start();
  expect(rows.get('a', '1')).toBe(5);
  expect(calls).toEqual({ read: 1, readMany: 0, write: 0 });
});

test('readMany gives what read gives, for stored and unknown orders and tickets, ids past 2^53 included', () => {
  const t = makeTestApp();
  const orders = groupOrders(t.db);
  const big = '9007199254740993';
  orders.put('src', big, {
    sourceId: 'src',
    orderId: big,
    counted: true,
    day: '2026-03-16',
    net: 30,
    newCustomer: true,
    refunded: 5,
    returnedDay: '2026-03-17',
    cancelled: false,
  });
  const ids = ['nope', big, '9007199254740992'];
  const table = orders.table;
  expect(table.readMany('src', ids)).toEqual(ids.map((id) => table.read('src', id)));
  expect(table.readMany('src', ids)[1]).toMatchObject({ orderId: big, counted: true, net: 30, refunded: 5 });
  expect(table.readMany('other', [big])[0]).toMatchObject({ sourceId: 'other', counted: false, net: 0 });

  const tickets = groupTickets(t.db);
  tickets.put('src', '42', {
    createdDay: '2026-03-16',
    respondedDay: null,
    solvedDay: null,
    statusAt: null,
    ratedDay: null,
    ratedGood: false,
    ratedAt: null,
  });
  const tTable = tickets.table;
  expect(tTable.readMany('src', ['42', '43'])).toEqual([tTable.read('src', '42'), tTable.read('src', '43')]);
  expect(tTable.readMany('src', ['42'])[0]).toMatchObject({ createdDay: '2026-03-16' });
});
