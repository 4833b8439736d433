import { pacingQuerySchema, pacingSchema, revenueInsightSchema, revenueQuerySchema } from '../../shared/insights.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

const notFound = errorDoc('No such segment or role; `details.suggestions` lists near matches.');
const badWeek = errorDoc('The week does not exist (e.g. 2026-W60).');

const role = (key: string, name: string) => ({ key, name });
const kpi = (key: string, name: string, unit: 'count' | 'percent' | 'currency') => ({ key, name, unit });

/** The worked example of docs/insights-revenue-pacing.md. */
const revenueExample = {
  week: { label: '2026-W11', start: '2026-03-09', end: '2026-03-15' },
  segment: null,
  comparisons: [
    {
      available: true,
      against: 'previous_week',
      baseWeek: { label: '2026-W10', start: '2026-03-02', end: '2026-03-08' },
      note: null,
      method: 'lmdi',
      methodReason: null,
      base: { sessions: 40000, orders: 1000, revenue: 60000, days: 7 },
      current: { sessions: 44000, orders: 990, revenue: 62370, days: 7 },
      change: 2370,
      percentChange: 3.95,
      factors: [
        {
          factor: 'traffic',
          kpi: kpi('sessions', 'Sessions', 'count'),
          role: role('marketing_manager', 'Marketing Manager'),
          base: 40000,
          current: 44000,
          contribution: 5830.82,
          points: 9.72,
        },
        {
          factor: 'conversion',
          kpi: kpi('conversion_rate', 'Conversion rate', 'percent'),
          role: role('ecommerce_manager', 'E-commerce Manager'),
          base: 0.025,
          current: 0.0225,
          contribution: -6445.68,
          points: -10.74,
        },
        {
          factor: 'aov',
          kpi: kpi('aov', 'Average order value', 'currency'),
          role: role('ecommerce_manager', 'E-commerce Manager'),
          base: 60,
          current: 63,
          contribution: 2984.85,
          points: 4.97,
        },
      ],
    },
    {
      available: false,
      against: 'year_ago',
      baseWeek: { label: '2025-W11', start: '2025-03-10', end: '2025-03-16' },
      note: null,
      code: 'no_base_data',
      missing: ['sessions', 'orders', 'net_revenue'],
      reason: 'No sessions, orders or net revenue data for 2025-W11, so there is nothing to compare 2026-W11 with.',
    },
  ],
};

/** What moved revenue and pacing (docs/insights-revenue-pacing.md has the methods). */
export const insightRouteDocs: ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/insights/revenue',
    tag: 'Insights',
    summary: 'What moved revenue: the change split into traffic, conversion and AOV, with the owning roles',
    description:
      'Net revenue = sessions × conversion rate × AOV, from weekly sums. The change against the previous week and against the same ISO week a year earlier is split by LMDI (Shapley when a factor or a revenue is ≤ 0); the parts add up to the change exactly. `points` are percentage points of the base week’s revenue and add up to `percentChange`. A comparison without data says why (`available: false`, `reason`). Default week: the last complete one.',
    query: revenueQuerySchema,
    example: { url: '/api/insights/revenue?week=2026-W11' },
    responses: {
      200: { description: 'Both comparisons.', schema: revenueInsightSchema, example: revenueExample },
      404: notFound,
      422: badWeek,
    },
  },
  {
    method: 'get',
    path: '/api/insights/pacing',
    tag: 'Insights',
    summary: 'Month and quarter to date: value, projection at the current pace, target, % of target',
    description:
      'Periods run from their first day through yesterday (in ROLECARD_TZ). A sum KPI projects its average per day with data over the whole period; a ratio KPI projects its ratio of sums to date. Weekly targets become period targets day by day (1/7 of a weekly sum target per day; the mean of the days’ targets for a ratio), honouring changes inside the period. `percentOfTarget` is projection / target for either direction; `status` uses the tolerance band, scaled like the target.',
    query: pacingQuerySchema,
    example: { url: '/api/insights/pacing?role=ecommerce_manager' },
    responses: { 200: { description: 'The month and the quarter.', schema: pacingSchema }, 404: notFound },
  },
];
