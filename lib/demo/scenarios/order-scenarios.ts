import type { DemoScenario } from './demo-scenario';

interface Line {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
}

function order(
  orderId: string,
  customer: { name: string; email?: string; phone: string },
  items: Line[],
  cardLast4: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const amount = Math.round(items.reduce((sum, item) => sum + item.unitPrice * 100 * item.quantity, 0)) / 100;
  return {
    orderId,
    customer,
    items,
    payment: { method: 'card', cardLast4, amount, currency: 'USD' },
    shippingAddress: { city: 'Portland', region: 'OR', postcode: '97205', country: 'US' },
    ...extra,
  };
}

const MUG: Line = { sku: 'MUG-CERAMIC-350', name: 'Ceramic mug, 350 ml', quantity: 2, unitPrice: 14.5 };
const TEA: Line = { sku: 'TEA-SENCHA-100G', name: 'Sencha green tea, 100 g', quantity: 1, unitPrice: 12.9 };
const KETTLE: Line = { sku: 'KETTLE-GOOSENECK', name: 'Gooseneck kettle', quantity: 1, unitPrice: 64 };
const BOOK: Line = { sku: 'BOOK-SOURDOUGH', name: 'The Sourdough Year (hardcover)', quantity: 1, unitPrice: 29.99 };
const LAMP: Line = { sku: 'LAMP-DESK-OAK', name: 'Oak desk lamp', quantity: 1, unitPrice: 89 };
const HEADPHONES: Line = { sku: 'HEADPHONES-ANC', name: 'Noise-cancelling headphones', quantity: 1, unitPrice: 199 };
const NOTEBOOK: Line = { sku: 'NOTEBOOK-A5-DOT', name: 'A5 dotted notebook', quantity: 3, unitPrice: 8.75 };
const BACKPACK: Line = { sku: 'BACKPACK-22L', name: 'Commuter backpack 22 l', quantity: 1, unitPrice: 79 };

type OrderScenario = DemoScenario & { input: Record<string, unknown> };

/**
 * Each back-dated replay is an order of its own (ORD-20487-R2): UpdateInventory's simulated outage
 * counts attempts per order id, so replays of one order would use up its failures, and the third
 * replay of "retries exhausted", or today's run after it, would succeed.
 */
function withOwnOrderPerReplay(scenario: OrderScenario): DemoScenario {
  const { input } = scenario;
  return { ...scenario, replayInput: (replay) => ({ ...input, orderId: `${String(input.orderId)}-R${replay}` }) };
}

/** Orders: fulfilled ones, each caught error into its Fail state, and the Retry both recovering and running out. */
export function buildOrderScenarios(): DemoScenario[] {
  const stateMachine = 'order-processing';
  const scenarios: OrderScenario[] = [
    {
      scenario: 'order-fulfilled',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'payment verified, stock reserved, confirmation e-mailed',
      input: order('ORD-20481', { name: 'Hannah Becker', email: 'hannah.becker@example.com', phone: '555-0121' }, [MUG, TEA], '4242'),
    },
    {
      scenario: 'order-fulfilled-large',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a four-line order',
      input: order(
        'ORD-20482',
        { name: 'Diego Fernández', email: 'diego.fernandez@example.org', phone: '555-0122' },
        [KETTLE, BOOK, NOTEBOOK, BACKPACK],
        '1881',
      ),
    },
    {
      scenario: 'order-fulfilled-sms',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a customer without an e-mail address is notified by SMS',
      input: order('ORD-20489', { name: 'Rosa Delgado', phone: '555-0128' }, [LAMP, NOTEBOOK], '3220'),
    },
    {
      scenario: 'order-payment-declined',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'PaymentVerificationFailed',
      failState: 'NotifyCustomerFailedPayment',
      summary: 'the card is declined: VerifyPayment throws PaymentVerificationFailed, caught into NotifyCustomerFailedPayment',
      input: order('ORD-20483', { name: 'Fatima Al-Sayed', email: 'fatima.alsayed@example.net', phone: '555-0123' }, [LAMP], '0002'),
    },
    {
      scenario: 'order-payment-amount-mismatch',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'PaymentVerificationFailed',
      failState: 'NotifyCustomerFailedPayment',
      summary: 'the payment does not cover the order total',
      input: {
        ...order('ORD-20484', { name: 'Liam O’Connor', email: 'liam.oconnor@example.com', phone: '555-0124' }, [BOOK, MUG], '5556'),
        payment: { method: 'card', cardLast4: '5556', amount: 29.99, currency: 'USD' },
      },
    },
    {
      scenario: 'order-out-of-stock',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'InventoryUpdateFailed',
      failState: 'HandleInventoryError',
      summary: 'the headphones are sold out: UpdateInventory throws InventoryUpdateFailed, caught into HandleInventoryError',
      input: order('ORD-20485', { name: 'Wei Zhang', email: 'wei.zhang@example.com', phone: '555-0125' }, [HEADPHONES], '4242'),
    },
    {
      scenario: 'order-inventory-retry-recovered',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'the inventory service times out twice; the Retry succeeds on the third attempt',
      input: order(
        'ORD-20486',
        { name: 'Olivia Kowalski', email: 'olivia.kowalski@example.org', phone: '555-0126' },
        [NOTEBOOK, TEA],
        '4242',
        { simulateTransientFailures: 2 },
      ),
    },
    {
      scenario: 'order-inventory-retries-exhausted',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'InventoryServiceUnavailable',
      summary: 'the inventory service stays down: three retries, then the uncaught error fails the execution',
      input: order('ORD-20487', { name: 'Samuel Mensah', email: 'samuel.mensah@example.com', phone: '555-0127' }, [BACKPACK], '4242', {
        simulateTransientFailures: 10,
      }),
    },
  ];
  return scenarios.map(withOwnOrderPerReplay);
}
