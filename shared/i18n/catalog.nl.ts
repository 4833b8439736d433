import type { CatalogTranslation } from './catalogText.js';

/**
 * The default catalog in Dutch. Terms come from the Dutch source document where it names the
 * thing ("Hoofd Digital", "Logistiek", "klantenservice", "marketingmanager"); it is a machine
 * translation, so where its wording is not what Dutch teams say ("omzettingspercentage",
 * "verlaten wagentje", "inhoud") the practitioners' term is taken: "conversieratio",
 * "verlaten winkelwagens", "content", "bouncepercentage".
 */
export const catalogNl = {
  roles: {
    head_of_digital: {
      name: 'Hoofd Digital',
      description: 'Contracten, partnerschappen, strategie en budget; houdt toezicht op elk team.',
    },
    ecommerce_manager: {
      name: 'E-commercemanager',
      description: 'Bepaalt wat de winkel verkoopt en hoe: conversie, orderwaarde, acquisitiekosten en retouren.',
    },
    marketing_manager: {
      name: 'Marketingmanager',
      description: 'Verkeer, verlaten winkelwagens, promoties, loyaliteit, SEO/SEA.',
    },
    web_experience: {
      name: 'Web en UX',
      description: 'De basis van de site, mobile-first ontwerp, testen en beschikbaarheid.',
    },
    content: {
      name: 'Content',
      description: "Geordende, werkende, actuele en eenvoudige content op categorie- en productpagina's.",
    },
    customer_service: {
      name: 'Klantenservice',
      description: 'Telefoon, livechat, chatbots, retouren en orderstatus.',
    },
    logistics: {
      name: 'Logistiek',
      description: 'Het juiste product, naar het juiste adres, op het juiste moment.',
    },
    inventory: { name: 'Voorraadbeheer', description: 'Voorraad, orderpicking en verpakking.' },
  },
  measures: {
    net_revenue: {
      name: 'Netto-omzet',
      description: 'Ordertotalen min btw, verzendkosten en terugbetalingen.',
    },
    digital_spend: { name: 'Digitale uitgaven', description: 'Geld uitgegeven uit het digitale budget.' },
    digital_budget: {
      name: 'Digitaal budget',
      description: 'Budget beschikbaar voor de dag (het maandbudget verdeeld over de dagen).',
    },
    orders: { name: 'Orders', description: 'Geplaatste orders.' },
    sessions: { name: 'Sessies', description: 'Sessies op de site (bezoeken).' },
    marketing_spend: {
      name: 'Marketinguitgaven',
      description: 'Alle marketinguitgaven om klanten te werven.',
    },
    new_customers: { name: 'Nieuwe klanten', description: 'Klanten die hun eerste order plaatsen.' },
    returned_orders: { name: 'Geretourneerde orders', description: 'Orders met minstens één geretourneerd artikel.' },
    abandoned_carts: {
      name: 'Verlaten winkelwagens',
      description: 'Aangemaakte winkelwagens die geen order werden.',
    },
    carts_created: { name: 'Aangemaakte winkelwagens', description: 'Winkelwagens met minstens één artikel.' },
    attributed_revenue: {
      name: 'Toegeschreven omzet',
      description: 'Omzet toegeschreven aan betaalde campagnes.',
    },
    ad_spend: { name: 'Advertentie-uitgaven', description: 'Uitgaven aan betaalde campagnes.' },
    returning_customers: { name: 'Terugkerende klanten', description: 'Klanten die al eerder bestelden.' },
    customers: { name: 'Klanten', description: 'Unieke klanten die bestelden.' },
    bounced_sessions: {
      name: 'Gebouncete sessies',
      description: 'Sessies met één paginaweergave en zonder interactie.',
    },
    engaged_seconds: {
      name: 'Betrokken tijd',
      description: 'Totale betrokken tijd over alle sessies, in seconden.',
    },
    landing_conversions: {
      name: 'Conversies via landingspagina',
      description: 'Conversies uit sessies die op een landingspagina begonnen.',
    },
    landing_sessions: {
      name: 'Sessies via landingspagina',
      description: 'Sessies die op een landingspagina begonnen.',
    },
    uptime_minutes: {
      name: 'Uptime-minuten',
      description: 'Minuten waarin de site op de statuscontrole antwoordde.',
    },
    monitored_minutes: { name: 'Bewaakte minuten', description: 'Minuten waarin de site werd bewaakt.' },
    feedback_score_total: {
      name: 'Totaal feedbackscores',
      description: 'Som van de feedbackscores van 1 tot 5.',
    },
    feedback_responses: { name: 'Feedbackreacties', description: 'Aantal ontvangen feedbackscores.' },
    broken_content_items: {
      name: 'Gebroken contentitems',
      description: "Gevonden gebroken links, afbeeldingen of pagina's.",
    },
    add_to_carts: {
      name: 'Toevoegingen aan winkelwagen',
      description: "Toevoegingen aan de winkelwagen op productpagina's.",
    },
    product_page_views: {
      name: 'Weergaven productpagina',
      description: "Weergaven van productpagina's.",
    },
    pages_fresh: {
      name: "Actuele pagina's",
      description: "Categorie- en productpagina's bijgewerkt binnen hun reviewcyclus.",
    },
    pages_total: { name: "Pagina's", description: "Categorie- en productpagina's in de reviewcyclus." },
    csat_satisfied: { name: 'Tevreden beoordelingen', description: 'Tevredenheidsbeoordelingen die goed waren.' },
    csat_responses: {
      name: 'Tevredenheidsbeoordelingen',
      description: 'Ontvangen tevredenheidsbeoordelingen.',
    },
    first_response_seconds: {
      name: 'Eerste reactietijd',
      description: 'Totale tijd tot de eerste reactie, in seconden.',
    },
    tickets_responded: { name: 'Beantwoorde tickets', description: 'Tickets die een eerste reactie kregen.' },
    tickets_resolved: { name: 'Opgeloste tickets', description: 'Opgeloste tickets.' },
    tickets_created: { name: 'Aangemaakte tickets', description: 'Tickets geopend door klanten.' },
    deliveries_on_time: {
      name: 'Tijdige leveringen',
      description: 'Leveringen op of voor de beloofde datum.',
    },
    deliveries: { name: 'Leveringen', description: 'Uitgevoerde leveringen.' },
    shipments_correct: {
      name: 'Correcte zendingen',
      description: 'Zendingen met het juiste product naar het juiste adres.',
    },
    shipments: { name: 'Zendingen', description: 'Verzonden zendingen.' },
    fulfillment_hours: {
      name: 'Uren orderverwerking',
      description: 'Totaal aantal uren van order tot verzending.',
    },
    orders_picked_correctly: {
      name: 'Foutloos gepickte orders',
      description: 'Orders gepickt zonder fout.',
    },
    orders_picked: { name: 'Gepickte orders', description: 'Orders gepickt in het magazijn.' },
    skus_out_of_stock: {
      name: "Sku's zonder voorraad",
      description: "Actieve sku's zonder voorraad, dagelijks geteld.",
    },
    skus_active: { name: "Actieve sku's", description: "Sku's in de verkoop, dagelijks geteld." },
    shipments_damaged: { name: 'Beschadigde zendingen', description: 'Zendingen die beschadigd zijn gemeld.' },
  },
  kpis: {
    net_revenue: { name: 'Netto-omzet', description: 'Omzet na btw, verzendkosten en terugbetalingen.' },
    budget_utilisation: { name: 'Budgetbenutting', description: 'Deel van het digitale budget dat is uitgegeven.' },
    conversion_rate: { name: 'Conversieratio', description: 'Orders per sessie.' },
    aov: { name: 'Gemiddelde orderwaarde', description: 'Netto-omzet per order.' },
    cac: { name: 'Klantacquisitiekosten', description: 'Marketinguitgaven per nieuwe klant.' },
    return_rate: { name: 'Retourpercentage', description: 'Deel van de orders dat wordt geretourneerd.' },
    sessions: { name: 'Sessies', description: 'Bezoeken aan de site.' },
    cart_abandonment_rate: {
      name: 'Percentage verlaten winkelwagens',
      description: 'Deel van de winkelwagens dat geen order wordt.',
    },
    roas: {
      name: 'Rendement op advertentie-uitgaven',
      description: 'Toegeschreven omzet per eenheid advertentie-uitgaven.',
    },
    repeat_customer_rate: {
      name: 'Percentage terugkerende klanten',
      description: 'Deel van de klanten dat al eerder bestelde.',
    },
    bounce_rate: {
      name: 'Bouncepercentage',
      description: 'Deel van de sessies dat vertrekt zonder interactie.',
    },
    avg_time_on_site: { name: 'Gemiddelde tijd op de site', description: 'Betrokken tijd per sessie.' },
    landing_page_conversion: {
      name: 'Conversie landingspagina',
      description: 'Conversies per sessie die op een landingspagina begon.',
    },
    site_uptime: {
      name: 'Uptime van de site',
      description: 'Deel van de bewaakte minuten waarin de site bereikbaar was.',
    },
    user_feedback_score: {
      name: 'Score gebruikersfeedback',
      description: 'Gemiddelde feedbackscore van 1 tot 5.',
    },
    broken_content: {
      name: 'Gebroken content',
      description: "Gevonden gebroken links, afbeeldingen of pagina's.",
    },
    product_page_add_to_cart: {
      name: 'Winkelwagentoevoegingen per productpagina',
      description: 'Toevoegingen aan de winkelwagen per weergave van een productpagina.',
    },
    content_freshness: {
      name: 'Actualiteit van content',
      description: "Deel van de pagina's dat binnen de reviewcyclus is bijgewerkt.",
    },
    csat: {
      name: 'Klanttevredenheid (CSAT)',
      description: 'Deel van de tevredenheidsbeoordelingen dat goed was.',
    },
    first_response_time: { name: 'Eerste reactietijd', description: 'Gemiddelde tijd tot de eerste reactie.' },
    resolution_rate: { name: 'Oplossingspercentage', description: 'Opgeloste tickets per aangemaakt ticket.' },
    contact_rate: { name: 'Contactratio', description: 'Aangemaakte tickets per order.' },
    on_time_delivery_rate: {
      name: 'Percentage tijdige leveringen',
      description: 'Deel van de leveringen op of voor de beloofde datum.',
    },
    shipping_accuracy: {
      name: 'Verzendnauwkeurigheid',
      description: 'Deel van de zendingen met het juiste product naar het juiste adres.',
    },
    fulfillment_time: {
      name: 'Doorlooptijd orderverwerking',
      description: 'Gemiddelde tijd van order tot verzending.',
    },
    order_accuracy: {
      name: 'Picknauwkeurigheid',
      description: 'Deel van de orders dat zonder fout is gepickt.',
    },
    stockout_rate: {
      name: 'Out-of-stockpercentage',
      description: "Deel van de actieve sku's zonder voorraad.",
    },
    damaged_shipment_rate: {
      name: 'Percentage beschadigde zendingen',
      description: 'Deel van de zendingen dat beschadigd is gemeld.',
    },
  },
} satisfies CatalogTranslation;
