import type { CatalogTranslation } from './catalogText.js';

/**
 * The default catalog in Italian. Terms come from the Italian source document where it names
 * the thing ("tasso di conversione", "carrello abbandonato", "Servizio clienti", "Gestione
 * scorte", "Marketing Manager" and "E-commerce Manager", which Italian teams keep in
 * English); otherwise the term Italian practitioners and Google Analytics use ("frequenza di
 * rimbalzo", "valore medio dell'ordine").
 */
export const catalogIt = {
  roles: {
    head_of_digital: {
      name: 'Responsabile del digitale',
      description: 'Contratti, partnership, strategia e budget; supervisiona tutti i team.',
    },
    ecommerce_manager: {
      name: 'E-commerce Manager',
      description: "Guida cosa vende il negozio e come: conversione, valore dell'ordine, costo di acquisizione e resi.",
    },
    marketing_manager: {
      name: 'Marketing Manager',
      description: 'Traffico, carrelli abbandonati, promozioni, fedeltà, SEO/SEM.',
    },
    web_experience: {
      name: 'Web e UX',
      description: 'Fondamenta del sito, design mobile-first, test e disponibilità.',
    },
    content: {
      name: 'Contenuti',
      description: 'Contenuti organizzati, integri, aggiornati e semplici nelle pagine di categoria e di prodotto.',
    },
    customer_service: {
      name: 'Servizio clienti',
      description: "Chiamate, live chat, chatbot, resi e stato dell'ordine.",
    },
    logistics: {
      name: 'Logistica',
      description: "Il prodotto giusto, all'indirizzo giusto e al momento giusto.",
    },
    inventory: { name: 'Gestione scorte', description: 'Scorte, prelievo e imballaggio.' },
  },
  measures: {
    net_revenue: { name: 'Ricavi netti', description: 'Totale degli ordini meno imposte, spedizione e rimborsi.' },
    digital_spend: { name: 'Spesa digitale', description: 'Denaro speso dal budget digitale.' },
    digital_budget: {
      name: 'Budget digitale',
      description: 'Budget disponibile per il giorno (il budget mensile ripartito sui suoi giorni).',
    },
    orders: { name: 'Ordini', description: 'Ordini effettuati.' },
    sessions: { name: 'Sessioni', description: 'Sessioni sul sito (visite).' },
    marketing_spend: {
      name: 'Spesa di marketing',
      description: 'Tutta la spesa di marketing per acquisire clienti.',
    },
    new_customers: { name: 'Nuovi clienti', description: 'Clienti al loro primo ordine.' },
    returned_orders: { name: 'Ordini resi', description: 'Ordini con almeno un articolo reso.' },
    abandoned_carts: { name: 'Carrelli abbandonati', description: 'Carrelli creati che non sono diventati un ordine.' },
    carts_created: { name: 'Carrelli creati', description: 'Carrelli con almeno un articolo.' },
    attributed_revenue: { name: 'Ricavi attribuiti', description: 'Ricavi attribuiti alle campagne a pagamento.' },
    ad_spend: { name: 'Spesa pubblicitaria', description: 'Spesa per le campagne a pagamento.' },
    returning_customers: { name: 'Clienti di ritorno', description: 'Clienti che avevano già ordinato.' },
    customers: { name: 'Clienti', description: 'Clienti distinti che hanno ordinato.' },
    bounced_sessions: {
      name: 'Sessioni con rimbalzo',
      description: 'Sessioni con una sola pagina vista e nessuna interazione.',
    },
    engaged_seconds: {
      name: 'Tempo di coinvolgimento',
      description: 'Tempo di coinvolgimento totale di tutte le sessioni, in secondi.',
    },
    landing_conversions: {
      name: 'Conversioni delle landing page',
      description: 'Conversioni da sessioni iniziate su una landing page.',
    },
    landing_sessions: {
      name: 'Sessioni delle landing page',
      description: 'Sessioni iniziate su una landing page.',
    },
    uptime_minutes: {
      name: 'Minuti di disponibilità',
      description: 'Minuti in cui il sito ha risposto al controllo di stato.',
    },
    monitored_minutes: { name: 'Minuti monitorati', description: 'Minuti in cui il sito è stato monitorato.' },
    feedback_score_total: {
      name: 'Totale punteggi di feedback',
      description: 'Somma dei punteggi di feedback da 1 a 5.',
    },
    feedback_responses: { name: 'Risposte di feedback', description: 'Numero di punteggi di feedback ricevuti.' },
    broken_content_items: {
      name: 'Elementi non funzionanti',
      description: 'Link, immagini o pagine non funzionanti trovati.',
    },
    add_to_carts: {
      name: 'Aggiunte al carrello',
      description: 'Eventi di aggiunta al carrello nelle pagine prodotto.',
    },
    product_page_views: {
      name: 'Visualizzazioni pagine prodotto',
      description: 'Visualizzazioni delle pagine prodotto.',
    },
    pages_fresh: {
      name: 'Pagine aggiornate',
      description: 'Pagine di categoria e di prodotto aggiornate entro il loro ciclo di revisione.',
    },
    pages_total: { name: 'Pagine', description: 'Pagine di categoria e di prodotto nel ciclo di revisione.' },
    csat_satisfied: { name: 'Valutazioni positive', description: 'Valutazioni di soddisfazione positive.' },
    csat_responses: {
      name: 'Valutazioni di soddisfazione',
      description: 'Valutazioni di soddisfazione ricevute.',
    },
    first_response_seconds: {
      name: 'Tempo di prima risposta',
      description: 'Tempo totale fino alla prima risposta, in secondi.',
    },
    tickets_responded: { name: 'Ticket con risposta', description: 'Ticket che hanno ricevuto una prima risposta.' },
    tickets_resolved: { name: 'Ticket risolti', description: 'Ticket risolti.' },
    tickets_created: { name: 'Ticket creati', description: 'Ticket aperti dai clienti.' },
    deliveries_on_time: { name: 'Consegne puntuali', description: 'Consegne effettuate entro la data promessa.' },
    deliveries: { name: 'Consegne', description: 'Consegne effettuate.' },
    shipments_correct: {
      name: 'Spedizioni corrette',
      description: "Spedizioni con il prodotto giusto all'indirizzo giusto.",
    },
    shipments: { name: 'Spedizioni', description: 'Spedizioni inviate.' },
    fulfillment_hours: {
      name: 'Ore di evasione',
      description: "Ore totali dall'ordine alla spedizione.",
    },
    orders_picked_correctly: {
      name: 'Ordini prelevati correttamente',
      description: 'Ordini prelevati senza errori.',
    },
    orders_picked: { name: 'Ordini prelevati', description: 'Ordini prelevati in magazzino.' },
    skus_out_of_stock: {
      name: 'SKU esauriti',
      description: 'SKU attivi senza scorte, contati ogni giorno.',
    },
    skus_active: { name: 'SKU attivi', description: 'SKU in vendita, contati ogni giorno.' },
    shipments_damaged: { name: 'Spedizioni danneggiate', description: 'Spedizioni segnalate come danneggiate.' },
  },
  kpis: {
    net_revenue: { name: 'Ricavi netti', description: 'Ricavi al netto di imposte, spedizione e rimborsi.' },
    budget_utilisation: { name: 'Utilizzo del budget', description: 'Quota del budget digitale spesa.' },
    conversion_rate: { name: 'Tasso di conversione', description: 'Ordini per sessione.' },
    aov: { name: "Valore medio dell'ordine", description: 'Ricavi netti per ordine.' },
    cac: {
      name: 'Costo di acquisizione cliente',
      description: 'Spesa di marketing per nuovo cliente.',
    },
    return_rate: { name: 'Tasso di reso', description: 'Quota degli ordini resi.' },
    sessions: { name: 'Sessioni', description: 'Visite al sito.' },
    cart_abandonment_rate: {
      name: 'Tasso di abbandono del carrello',
      description: 'Quota dei carrelli che non diventano ordini.',
    },
    roas: {
      name: 'Ritorno sulla spesa pubblicitaria',
      description: 'Ricavi attribuiti per ogni unità di spesa pubblicitaria.',
    },
    repeat_customer_rate: {
      name: 'Tasso di clienti abituali',
      description: 'Quota dei clienti che avevano già ordinato.',
    },
    bounce_rate: {
      name: 'Frequenza di rimbalzo',
      description: 'Quota delle sessioni che escono senza interagire.',
    },
    avg_time_on_site: { name: 'Tempo medio sul sito', description: 'Tempo di coinvolgimento per sessione.' },
    landing_page_conversion: {
      name: 'Conversione delle landing page',
      description: 'Conversioni per sessione iniziata su una landing page.',
    },
    site_uptime: {
      name: 'Disponibilità del sito',
      description: 'Quota dei minuti monitorati in cui il sito era attivo.',
    },
    user_feedback_score: {
      name: 'Punteggio del feedback degli utenti',
      description: 'Punteggio medio di feedback da 1 a 5.',
    },
    broken_content: {
      name: 'Contenuti non funzionanti',
      description: 'Link, immagini o pagine non funzionanti trovati.',
    },
    product_page_add_to_cart: {
      name: 'Aggiunte al carrello dalla pagina prodotto',
      description: 'Aggiunte al carrello per visualizzazione di pagina prodotto.',
    },
    content_freshness: {
      name: 'Aggiornamento dei contenuti',
      description: 'Quota delle pagine aggiornate entro il loro ciclo di revisione.',
    },
    csat: {
      name: 'Soddisfazione del cliente (CSAT)',
      description: 'Quota delle valutazioni di soddisfazione positive.',
    },
    first_response_time: { name: 'Tempo di prima risposta', description: 'Tempo medio fino alla prima risposta.' },
    resolution_rate: { name: 'Tasso di risoluzione', description: 'Ticket risolti per ticket creato.' },
    contact_rate: { name: 'Tasso di contatto', description: 'Ticket creati per ordine.' },
    on_time_delivery_rate: {
      name: 'Tasso di consegne puntuali',
      description: 'Quota delle consegne effettuate entro la data promessa.',
    },
    shipping_accuracy: {
      name: 'Accuratezza delle spedizioni',
      description: "Quota delle spedizioni con il prodotto giusto all'indirizzo giusto.",
    },
    fulfillment_time: {
      name: "Tempo di evasione dell'ordine",
      description: "Tempo medio dall'ordine alla spedizione.",
    },
    order_accuracy: {
      name: 'Accuratezza del prelievo',
      description: 'Quota degli ordini prelevati senza errori.',
    },
    stockout_rate: { name: 'Tasso di esaurimento scorte', description: 'Quota degli SKU attivi esauriti.' },
    damaged_shipment_rate: {
      name: 'Tasso di spedizioni danneggiate',
      description: 'Quota delle spedizioni segnalate come danneggiate.',
    },
  },
} satisfies CatalogTranslation;
