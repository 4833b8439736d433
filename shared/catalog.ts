import { z } from 'zod';
import { directionSchema, keySchema, unitSchema } from './units.js';

/** A business role that owns KPIs (an org can rename and add roles). */
export const roleDefSchema = z.object({
  key: keySchema,
  name: z.string().min(1).max(80),
  description: z.string().max(500).default(''),
});
export type RoleDef = z.infer<typeof roleDefSchema>;

/** An additive base quantity recorded per calendar day and segment. */
export const measureDefSchema = z.object({
  key: keySchema,
  name: z.string().min(1).max(80),
  description: z.string().max(500).default(''),
  /** The unit of one day's value: `currency` for money, `duration` for seconds, `count` otherwise. */
  unit: z.enum(['count', 'currency', 'duration', 'score']).default('count'),
  /** Most measures count things and cannot go below zero; revenue net of refunds can. */
  nonNegative: z.boolean().default(true),
});
export type MeasureDef = z.infer<typeof measureDefSchema>;

/** A KPI is either the sum of one measure or a ratio of two measures' sums (optionally scaled). */
export const formulaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum'), measure: keySchema }),
  z.object({
    kind: z.literal('ratio'),
    numerator: keySchema,
    denominator: keySchema,
    /** Multiplier applied to the ratio, e.g. 3600 to turn seconds per x into hours per x. */
    scale: z.number().positive().finite().default(1),
  }),
]);
export type Formula = z.infer<typeof formulaSchema>;

export const kpiDefSchema = z.object({
  key: keySchema,
  name: z.string().min(1).max(80),
  description: z.string().max(500).default(''),
  unit: unitSchema,
  direction: directionSchema,
  formula: formulaSchema,
  role: keySchema,
  /** Bounds for a directly supplied value (a bounce rate of 1.7 is impossible). */
  valueMin: z.number().finite().nullable().default(null),
  valueMax: z.number().finite().nullable().default(null),
});
export type KpiDef = z.infer<typeof kpiDefSchema>;

export const catalogSchema = z.object({
  roles: z.array(roleDefSchema),
  measures: z.array(measureDefSchema),
  kpis: z.array(kpiDefSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;

// Generic in the key so the default catalog keeps its keys as literal types (DefaultKpiKey ...).
const m = <K extends string>(key: K, name: string, description: string, extra: Partial<MeasureDef> = {}) => ({
  key,
  name,
  description,
  ...extra,
});

const ratio = (numerator: string, denominator: string) => ({ kind: 'ratio' as const, numerator, denominator });
const sum = (measure: string) => ({ kind: 'sum' as const, measure });
const fraction = { valueMin: 0, valueMax: 1 };
const nonNegative = { valueMin: 0 };

// `as const` keeps every key literal: translations of the default catalog are typed by them,
// so a key added here without its Spanish, Italian and Dutch text fails the typecheck.
const defaultCatalogInput = {
  roles: [
    {
      key: 'head_of_digital',
      name: 'Head of Digital',
      description: 'Contracts, partnerships, strategy, budget; oversees every team.',
    },
    {
      key: 'ecommerce_manager',
      name: 'E-commerce Manager',
      description: 'Leads what the shop sells and how: conversion, order value, acquisition cost, returns.',
    },
    {
      key: 'marketing_manager',
      name: 'Marketing Manager',
      description: 'Traffic, abandoned carts, promotions, loyalty, SEO/SEM.',
    },
    {
      key: 'web_experience',
      name: 'Web & UX',
      description: 'Site fundamentals, mobile-first design, testing, uptime.',
    },
    {
      key: 'content',
      name: 'Content',
      description: 'Organised, unbroken, up-to-date, simple content on category and product pages.',
    },
    {
      key: 'customer_service',
      name: 'Customer Service',
      description: 'Calls, live chat, bots, returns and order status.',
    },
    {
      key: 'logistics',
      name: 'Logistics',
      description: 'The right product to the right address at the right time.',
    },
    { key: 'inventory', name: 'Inventory', description: 'Stock, picking and packaging.' },
  ],
  measures: [
    m('net_revenue', 'Net revenue', 'Order totals minus tax, shipping and refunds.', {
      unit: 'currency',
      nonNegative: false,
    }),
    m('digital_spend', 'Digital spend', 'Money spent from the digital budget.', { unit: 'currency' }),
    m('digital_budget', 'Digital budget', 'Budget available for the day (monthly budget spread over its days).', {
      unit: 'currency',
    }),
    m('orders', 'Orders', 'Orders placed.'),
    m('sessions', 'Sessions', 'Site sessions (visits).'),
    m('marketing_spend', 'Marketing spend', 'All marketing spend used to acquire customers.', { unit: 'currency' }),
    m('new_customers', 'New customers', 'Customers placing their first order.'),
    m('returned_orders', 'Returned orders', 'Orders with at least one returned item.'),
    m('abandoned_carts', 'Abandoned carts', 'Carts created that did not become an order.'),
    m('carts_created', 'Carts created', 'Carts with at least one item.'),
    m('attributed_revenue', 'Attributed revenue', 'Revenue attributed to paid campaigns.', { unit: 'currency' }),
    m('ad_spend', 'Ad spend', 'Spend on paid campaigns.', { unit: 'currency' }),
    m('returning_customers', 'Returning customers', 'Customers who ordered before.'),
    m('customers', 'Customers', 'Distinct customers who ordered.'),
    m('bounced_sessions', 'Bounced sessions', 'Sessions with a single page view and no engagement.'),
    m('engaged_seconds', 'Engaged time', 'Total engaged time across sessions, in seconds.', { unit: 'duration' }),
    m('landing_conversions', 'Landing page conversions', 'Conversions from sessions that began on a landing page.'),
    m('landing_sessions', 'Landing page sessions', 'Sessions that began on a landing page.'),
    m('uptime_minutes', 'Uptime minutes', 'Minutes the site answered its health check.'),
    m('monitored_minutes', 'Monitored minutes', 'Minutes the site was monitored.'),
    m('feedback_score_total', 'Feedback score total', 'Sum of 1–5 feedback scores.', { unit: 'score' }),
    m('feedback_responses', 'Feedback responses', 'Number of feedback scores received.'),
    m('broken_content_items', 'Broken content items', 'Broken links, images or pages found.'),
    m('add_to_carts', 'Add to carts', 'Add-to-cart events on product pages.'),
    m('product_page_views', 'Product page views', 'Views of product pages.'),
    m('pages_fresh', 'Fresh pages', 'Category and product pages updated within their review cycle.'),
    m('pages_total', 'Pages', 'Category and product pages in the review cycle.'),
    m('csat_satisfied', 'Satisfied ratings', 'Satisfaction ratings that were good.'),
    m('csat_responses', 'Satisfaction ratings', 'Satisfaction ratings received.'),
    m('first_response_seconds', 'First response time', 'Total time to first reply, in seconds.', {
      unit: 'duration',
    }),
    m('tickets_responded', 'Tickets responded', 'Tickets that got a first reply.'),
    m('tickets_resolved', 'Tickets resolved', 'Tickets solved.'),
    m('tickets_created', 'Tickets created', 'Tickets opened by customers.'),
    m('deliveries_on_time', 'On-time deliveries', 'Deliveries made by the promised date.'),
    m('deliveries', 'Deliveries', 'Deliveries made.'),
    m('shipments_correct', 'Correct shipments', 'Shipments with the right product to the right address.'),
    m('shipments', 'Shipments', 'Shipments sent.'),
    m('fulfillment_hours', 'Fulfilment hours', 'Total hours from order to shipment.'),
    m('orders_picked_correctly', 'Orders picked correctly', 'Orders picked without an error.'),
    m('orders_picked', 'Orders picked', 'Orders picked in the warehouse.'),
    m('skus_out_of_stock', 'SKUs out of stock', 'Active SKUs with no stock, counted daily.'),
    m('skus_active', 'Active SKUs', 'SKUs on sale, counted daily.'),
    m('shipments_damaged', 'Damaged shipments', 'Shipments reported damaged.'),
  ],
  kpis: [
    {
      key: 'net_revenue',
      name: 'Net revenue',
      description: 'Revenue after tax, shipping and refunds.',
      unit: 'currency',
      direction: 'higher',
      formula: sum('net_revenue'),
      role: 'head_of_digital',
    },
    {
      key: 'budget_utilisation',
      name: 'Budget utilisation',
      description: 'Share of the digital budget spent.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('digital_spend', 'digital_budget'),
      role: 'head_of_digital',
      ...nonNegative,
    },
    {
      key: 'conversion_rate',
      name: 'Conversion rate',
      description: 'Orders per session.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('orders', 'sessions'),
      role: 'ecommerce_manager',
      ...fraction,
    },
    {
      key: 'aov',
      name: 'Average order value',
      description: 'Net revenue per order.',
      unit: 'currency',
      direction: 'higher',
      formula: ratio('net_revenue', 'orders'),
      role: 'ecommerce_manager',
    },
    {
      key: 'cac',
      name: 'Customer acquisition cost',
      description: 'Marketing spend per new customer.',
      unit: 'currency',
      direction: 'lower',
      formula: ratio('marketing_spend', 'new_customers'),
      role: 'ecommerce_manager',
      ...nonNegative,
    },
    {
      key: 'return_rate',
      name: 'Return rate',
      description: 'Share of orders returned.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('returned_orders', 'orders'),
      role: 'ecommerce_manager',
      ...fraction,
    },
    {
      key: 'sessions',
      name: 'Sessions',
      description: 'Visits to the site.',
      unit: 'count',
      direction: 'higher',
      formula: sum('sessions'),
      role: 'marketing_manager',
      ...nonNegative,
    },
    {
      key: 'cart_abandonment_rate',
      name: 'Cart abandonment rate',
      description: 'Share of carts not turned into orders.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('abandoned_carts', 'carts_created'),
      role: 'marketing_manager',
      ...fraction,
    },
    {
      key: 'roas',
      name: 'Return on ad spend',
      description: 'Attributed revenue per unit of ad spend.',
      unit: 'ratio',
      direction: 'higher',
      formula: ratio('attributed_revenue', 'ad_spend'),
      role: 'marketing_manager',
      ...nonNegative,
    },
    {
      key: 'repeat_customer_rate',
      name: 'Repeat customer rate',
      description: 'Share of customers who ordered before.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('returning_customers', 'customers'),
      role: 'marketing_manager',
      ...fraction,
    },
    {
      key: 'bounce_rate',
      name: 'Bounce rate',
      description: 'Share of sessions that leave without engaging.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('bounced_sessions', 'sessions'),
      role: 'web_experience',
      ...fraction,
    },
    {
      key: 'avg_time_on_site',
      name: 'Average time on site',
      description: 'Engaged time per session.',
      unit: 'duration',
      direction: 'higher',
      formula: ratio('engaged_seconds', 'sessions'),
      role: 'web_experience',
      ...nonNegative,
    },
    {
      key: 'landing_page_conversion',
      name: 'Landing page conversion',
      description: 'Conversions per landing-page session.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('landing_conversions', 'landing_sessions'),
      role: 'web_experience',
      ...fraction,
    },
    {
      key: 'site_uptime',
      name: 'Site uptime',
      description: 'Share of monitored minutes the site was up.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('uptime_minutes', 'monitored_minutes'),
      role: 'web_experience',
      ...fraction,
    },
    {
      key: 'user_feedback_score',
      name: 'User feedback score',
      description: 'Average 1–5 feedback score.',
      unit: 'score',
      direction: 'higher',
      formula: ratio('feedback_score_total', 'feedback_responses'),
      role: 'web_experience',
      valueMin: 1,
      valueMax: 5,
    },
    {
      key: 'broken_content',
      name: 'Broken content',
      description: 'Broken links, images or pages found.',
      unit: 'count',
      direction: 'lower',
      formula: sum('broken_content_items'),
      role: 'content',
      ...nonNegative,
    },
    {
      key: 'product_page_add_to_cart',
      name: 'Product page add-to-cart',
      description: 'Add-to-carts per product page view.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('add_to_carts', 'product_page_views'),
      role: 'content',
      ...fraction,
    },
    {
      key: 'content_freshness',
      name: 'Content freshness',
      description: 'Share of pages updated within their review cycle.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('pages_fresh', 'pages_total'),
      role: 'content',
      ...fraction,
    },
    {
      key: 'csat',
      name: 'CSAT',
      description: 'Share of satisfaction ratings that were good.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('csat_satisfied', 'csat_responses'),
      role: 'customer_service',
      ...fraction,
    },
    {
      key: 'first_response_time',
      name: 'First response time',
      description: 'Average time to the first reply.',
      unit: 'duration',
      direction: 'lower',
      formula: ratio('first_response_seconds', 'tickets_responded'),
      role: 'customer_service',
      ...nonNegative,
    },
    {
      key: 'resolution_rate',
      name: 'Resolution rate',
      description: 'Tickets solved per ticket created.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('tickets_resolved', 'tickets_created'),
      role: 'customer_service',
      ...nonNegative,
    },
    {
      key: 'contact_rate',
      name: 'Contact rate',
      description: 'Tickets created per order.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('tickets_created', 'orders'),
      role: 'customer_service',
      ...nonNegative,
    },
    {
      key: 'on_time_delivery_rate',
      name: 'On-time delivery rate',
      description: 'Share of deliveries made by the promised date.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('deliveries_on_time', 'deliveries'),
      role: 'logistics',
      ...fraction,
    },
    {
      key: 'shipping_accuracy',
      name: 'Shipping accuracy',
      description: 'Share of shipments with the right product to the right address.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('shipments_correct', 'shipments'),
      role: 'logistics',
      ...fraction,
    },
    {
      key: 'fulfillment_time',
      name: 'Fulfilment time',
      description: 'Average time from order to shipment.',
      unit: 'duration',
      direction: 'lower',
      // fulfillment_hours is in hours; durations are shown from seconds.
      formula: { kind: 'ratio', numerator: 'fulfillment_hours', denominator: 'shipments', scale: 3600 },
      role: 'logistics',
      ...nonNegative,
    },
    {
      key: 'order_accuracy',
      name: 'Order accuracy',
      description: 'Share of orders picked without an error.',
      unit: 'percent',
      direction: 'higher',
      formula: ratio('orders_picked_correctly', 'orders_picked'),
      role: 'inventory',
      ...fraction,
    },
    {
      key: 'stockout_rate',
      name: 'Stock-out rate',
      description: 'Share of active SKUs out of stock.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('skus_out_of_stock', 'skus_active'),
      role: 'inventory',
      ...fraction,
    },
    {
      key: 'damaged_shipment_rate',
      name: 'Damaged shipment rate',
      description: 'Share of shipments reported damaged.',
      unit: 'percent',
      direction: 'lower',
      formula: ratio('shipments_damaged', 'shipments'),
      role: 'inventory',
      ...fraction,
    },
  ],
} as const;

/** The default catalog from the product brief: 8 roles, 28 KPIs, and the measures they need. */
export const defaultCatalog: Catalog = catalogSchema.parse(defaultCatalogInput);

export type DefaultRoleKey = (typeof defaultCatalogInput.roles)[number]['key'];
export type DefaultMeasureKey = (typeof defaultCatalogInput.measures)[number]['key'];
export type DefaultKpiKey = (typeof defaultCatalogInput.kpis)[number]['key'];
