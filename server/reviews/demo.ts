import { demoPlan } from '../../fixtures/demo.js';
import { addDays, type WeekStart, weekOf } from '../../shared/period.js';
import { insertAnnotation } from '../db/annotations.js';
import type { Db } from '../db/open.js';
import { insertNote } from '../db/reviews.js';
import { findUserByEmail } from '../db/users.js';

/**
 * The demo's written record, around its incident week (the last complete one): a few events on
 * the charts and an open conversation on that week's review, so a newcomer sees both at once.
 * The week is left unreviewed: marking it is the Head of Digital's first click.
 */
export function loadDemoReviews(db: Db, today: string, weekStart: WeekStart, now: Date): void {
  const { incidentWeek } = demoPlan(today);
  const monday = incidentWeek.start;
  const head = findUserByEmail(db, 'head@demo.rolecard');
  const service = findUserByEmail(db, 'service@demo.rolecard');
  const by = head ? { id: head.id, name: head.name } : { id: null, name: 'Rolecard demo' };
  const events = [
    {
      title: 'Spring campaign: 20% off outerwear',
      note: 'Newsletter, paid social and search.',
      start: addDays(monday, -14),
      end: addDays(monday, -8),
      roles: ['marketing_manager'],
      kpis: [],
    },
    {
      title: 'Checkout release 4.2',
      note: 'New payment step; rolled back on Friday.',
      start: addDays(monday, 1),
      end: addDays(monday, 1),
      roles: ['web_experience'],
      kpis: ['conversion_rate'],
    },
    {
      title: 'Stock-out: winter boots',
      note: 'Top 20 SKUs out of stock until the next delivery.',
      start: addDays(monday, 2),
      end: addDays(monday, 5),
      roles: ['inventory'],
      kpis: [],
    },
    {
      title: 'Price update across the catalogue',
      note: '',
      start: addDays(monday, -35),
      end: addDays(monday, -35),
      roles: [],
      kpis: [],
    },
  ];
  db.transaction(() => {
    for (const e of events) insertAnnotation(db, e, by, now);
    if (!head || !service) return;
    const week = weekOf(monday, weekStart).label;
    const note = (author: typeof head, role: string, kpi: string, body: string, minutes: number) =>
      insertNote(
        db,
        {
          week,
          role,
          kpi,
          kind: author.role === 'admin' ? 'note' : 'reply',
          body,
          authorId: author.id,
          authorName: author.name,
        },
        new Date(now.getTime() + minutes * 60_000),
      );
    note(
      head,
      'ecommerce_manager',
      'conversion_rate',
      'Conversion fell to 1.9% the week of the checkout release. Is the rollback enough, or do we need a fix before the weekend?',
      0,
    );
    note(
      head,
      'customer_service',
      'first_response_time',
      'First response time is far over target. Were we short-staffed after the release?',
      1,
    );
    note(
      service,
      'customer_service',
      'first_response_time',
      'Tickets doubled on Tuesday and Wednesday (payment errors). Two temps start on Monday; back under 2h next week.',
      2,
    );
  })();
}
