import type { CatalogTranslation } from './catalogText.js';

/**
 * The default catalog in Spanish. Terms come from the Spanish source documents where they
 * name the thing ("tasa de conversión", "tasa de rebote", "tiempo en el sitio", "tasa de
 * resolución", "servicio al cliente", "gestor de e-commerce", "página de destino"); where a
 * document's wording is a machine-translation slip ("costo de absorción del cliente" for
 * CAC, "valor de orden de cultivo" for AOV) the term Spanish practitioners use is taken.
 */
export const catalogEs = {
  roles: {
    head_of_digital: {
      name: 'Responsable de Digital',
      description: 'Contratos, asociaciones, estrategia y presupuesto; supervisa a todos los equipos.',
    },
    ecommerce_manager: {
      name: 'Gestor de e-commerce',
      description:
        'Dirige qué vende la tienda y cómo: conversión, valor del pedido, coste de adquisición y devoluciones.',
    },
    marketing_manager: {
      name: 'Responsable de marketing',
      description: 'Tráfico, carritos abandonados, promociones, fidelización, SEO/SEM.',
    },
    web_experience: {
      name: 'Web y UX',
      description: 'Fundamentos del sitio, diseño con prioridad móvil, pruebas y disponibilidad.',
    },
    content: {
      name: 'Contenido',
      description:
        'Contenido organizado, sin roturas, actualizado y sencillo en las páginas de categoría y de producto.',
    },
    customer_service: {
      name: 'Servicio al cliente',
      description: 'Llamadas, chat en directo, bots, devoluciones y estado de los pedidos.',
    },
    logistics: {
      name: 'Logística',
      description: 'El producto correcto, a la dirección correcta y en el momento adecuado.',
    },
    inventory: { name: 'Inventario', description: 'Existencias, preparación de pedidos y embalaje.' },
  },
  measures: {
    net_revenue: {
      name: 'Ingresos netos',
      description: 'Importe de los pedidos menos impuestos, envío y reembolsos.',
    },
    digital_spend: { name: 'Gasto digital', description: 'Dinero gastado del presupuesto digital.' },
    digital_budget: {
      name: 'Presupuesto digital',
      description: 'Presupuesto disponible para el día (el presupuesto mensual repartido entre sus días).',
    },
    orders: { name: 'Pedidos', description: 'Pedidos realizados.' },
    sessions: { name: 'Sesiones', description: 'Sesiones en el sitio (visitas).' },
    marketing_spend: {
      name: 'Gasto en marketing',
      description: 'Todo el gasto de marketing dedicado a captar clientes.',
    },
    new_customers: { name: 'Clientes nuevos', description: 'Clientes que hacen su primer pedido.' },
    returned_orders: { name: 'Pedidos devueltos', description: 'Pedidos con al menos un artículo devuelto.' },
    abandoned_carts: {
      name: 'Carritos abandonados',
      description: 'Carritos creados que no se convirtieron en pedido.',
    },
    carts_created: { name: 'Carritos creados', description: 'Carritos con al menos un artículo.' },
    attributed_revenue: {
      name: 'Ingresos atribuidos',
      description: 'Ingresos atribuidos a las campañas de pago.',
    },
    ad_spend: { name: 'Inversión publicitaria', description: 'Gasto en campañas de pago.' },
    returning_customers: { name: 'Clientes recurrentes', description: 'Clientes que ya habían comprado antes.' },
    customers: { name: 'Clientes', description: 'Clientes distintos que hicieron un pedido.' },
    bounced_sessions: {
      name: 'Sesiones rebotadas',
      description: 'Sesiones con una sola página vista y sin interacción.',
    },
    engaged_seconds: {
      name: 'Tiempo de interacción',
      description: 'Tiempo total de interacción de todas las sesiones, en segundos.',
    },
    landing_conversions: {
      name: 'Conversiones en páginas de destino',
      description: 'Conversiones de sesiones que empezaron en una página de destino.',
    },
    landing_sessions: {
      name: 'Sesiones en páginas de destino',
      description: 'Sesiones que empezaron en una página de destino.',
    },
    uptime_minutes: {
      name: 'Minutos de disponibilidad',
      description: 'Minutos en que el sitio respondió a su comprobación de estado.',
    },
    monitored_minutes: { name: 'Minutos supervisados', description: 'Minutos en que se supervisó el sitio.' },
    feedback_score_total: {
      name: 'Suma de puntuaciones de comentarios',
      description: 'Suma de las puntuaciones de 1 a 5 de los comentarios.',
    },
    feedback_responses: {
      name: 'Respuestas de comentarios',
      description: 'Número de puntuaciones de comentarios recibidas.',
    },
    broken_content_items: {
      name: 'Elementos de contenido roto',
      description: 'Enlaces, imágenes o páginas rotas encontrados.',
    },
    add_to_carts: {
      name: 'Añadidos al carrito',
      description: 'Eventos de añadir al carrito en las páginas de producto.',
    },
    product_page_views: { name: 'Vistas de páginas de producto', description: 'Visitas a las páginas de producto.' },
    pages_fresh: {
      name: 'Páginas actualizadas',
      description: 'Páginas de categoría y de producto actualizadas dentro de su ciclo de revisión.',
    },
    pages_total: { name: 'Páginas', description: 'Páginas de categoría y de producto en el ciclo de revisión.' },
    csat_satisfied: { name: 'Valoraciones satisfechas', description: 'Valoraciones de satisfacción positivas.' },
    csat_responses: { name: 'Valoraciones de satisfacción', description: 'Valoraciones de satisfacción recibidas.' },
    first_response_seconds: {
      name: 'Tiempo de primera respuesta',
      description: 'Tiempo total hasta la primera respuesta, en segundos.',
    },
    tickets_responded: { name: 'Tickets respondidos', description: 'Tickets que recibieron una primera respuesta.' },
    tickets_resolved: { name: 'Tickets resueltos', description: 'Tickets resueltos.' },
    tickets_created: { name: 'Tickets creados', description: 'Tickets abiertos por los clientes.' },
    deliveries_on_time: { name: 'Entregas a tiempo', description: 'Entregas hechas en la fecha prometida.' },
    deliveries: { name: 'Entregas', description: 'Entregas realizadas.' },
    shipments_correct: {
      name: 'Envíos correctos',
      description: 'Envíos con el producto correcto a la dirección correcta.',
    },
    shipments: { name: 'Envíos', description: 'Envíos realizados.' },
    fulfillment_hours: {
      name: 'Horas de preparación',
      description: 'Total de horas desde el pedido hasta el envío.',
    },
    orders_picked_correctly: {
      name: 'Pedidos preparados sin error',
      description: 'Pedidos preparados en el almacén sin ningún error.',
    },
    orders_picked: { name: 'Pedidos preparados', description: 'Pedidos preparados en el almacén.' },
    skus_out_of_stock: {
      name: 'SKU sin existencias',
      description: 'SKU activos sin existencias, contados cada día.',
    },
    skus_active: { name: 'SKU activos', description: 'SKU a la venta, contados cada día.' },
    shipments_damaged: { name: 'Envíos dañados', description: 'Envíos notificados como dañados.' },
  },
  kpis: {
    net_revenue: { name: 'Ingresos netos', description: 'Ingresos después de impuestos, envío y reembolsos.' },
    budget_utilisation: { name: 'Uso del presupuesto', description: 'Parte del presupuesto digital gastada.' },
    conversion_rate: { name: 'Tasa de conversión', description: 'Pedidos por sesión.' },
    aov: { name: 'Valor medio del pedido', description: 'Ingresos netos por pedido.' },
    cac: { name: 'Coste de adquisición de cliente', description: 'Gasto en marketing por cliente nuevo.' },
    return_rate: { name: 'Tasa de devoluciones', description: 'Parte de los pedidos que se devuelven.' },
    sessions: { name: 'Sesiones', description: 'Visitas al sitio.' },
    cart_abandonment_rate: {
      name: 'Tasa de abandono del carrito',
      description: 'Parte de los carritos que no se convierten en pedido.',
    },
    roas: {
      name: 'Retorno de la inversión publicitaria',
      description: 'Ingresos atribuidos por cada unidad de inversión publicitaria.',
    },
    repeat_customer_rate: {
      name: 'Tasa de clientes recurrentes',
      description: 'Parte de los clientes que ya habían comprado antes.',
    },
    bounce_rate: { name: 'Tasa de rebote', description: 'Parte de las sesiones que salen sin interactuar.' },
    avg_time_on_site: { name: 'Tiempo medio en el sitio', description: 'Tiempo de interacción por sesión.' },
    landing_page_conversion: {
      name: 'Tasa de conversión de la página de destino',
      description: 'Conversiones por sesión iniciada en una página de destino.',
    },
    site_uptime: {
      name: 'Disponibilidad del sitio',
      description: 'Parte de los minutos supervisados en que el sitio estuvo activo.',
    },
    user_feedback_score: {
      name: 'Puntuación de comentarios de los usuarios',
      description: 'Puntuación media de 1 a 5 de los comentarios.',
    },
    broken_content: { name: 'Contenido roto', description: 'Enlaces, imágenes o páginas rotas encontrados.' },
    product_page_add_to_cart: {
      name: 'Añadidos al carrito en páginas de producto',
      description: 'Añadidos al carrito por cada vista de página de producto.',
    },
    content_freshness: {
      name: 'Contenido actualizado',
      description: 'Parte de las páginas actualizadas dentro de su ciclo de revisión.',
    },
    csat: {
      name: 'Satisfacción del cliente (CSAT)',
      description: 'Parte de las valoraciones de satisfacción que fueron positivas.',
    },
    first_response_time: {
      name: 'Tiempo de primera respuesta',
      description: 'Tiempo medio hasta la primera respuesta.',
    },
    resolution_rate: { name: 'Tasa de resolución', description: 'Tickets resueltos por ticket creado.' },
    contact_rate: { name: 'Tasa de contacto', description: 'Tickets creados por pedido.' },
    on_time_delivery_rate: {
      name: 'Tasa de entregas a tiempo',
      description: 'Parte de las entregas hechas en la fecha prometida.',
    },
    shipping_accuracy: {
      name: 'Precisión de los envíos',
      description: 'Parte de los envíos con el producto correcto a la dirección correcta.',
    },
    fulfillment_time: {
      name: 'Tiempo de preparación del pedido',
      description: 'Tiempo medio desde el pedido hasta el envío.',
    },
    order_accuracy: {
      name: 'Precisión en la preparación de pedidos',
      description: 'Parte de los pedidos preparados sin ningún error.',
    },
    stockout_rate: { name: 'Tasa de rotura de stock', description: 'Parte de los SKU activos sin existencias.' },
    damaged_shipment_rate: {
      name: 'Tasa de envíos dañados',
      description: 'Parte de los envíos notificados como dañados.',
    },
  },
} satisfies CatalogTranslation;
