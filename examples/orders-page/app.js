// The example page's code: every call goes through @orders-platform/client, the npm package the
// build makes from openapi/orders.yaml. A refusal is a problem document; a 429 says when to retry.
import { Configuration, OrdersApi, ResponseError } from '@orders-platform/client';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
for (const field of ['api', 'key']) {
  if (query.has(field)) {
    $(field).value = query.get(field);
  }
}

function client() {
  return new OrdersApi(new Configuration({ basePath: $('api').value.replace(/\/+$/, ''), apiKey: $('key').value }));
}

function show(text) {
  $('answer').textContent = text;
}

/** What a refusal says: the problem's title and detail, each invalid field, and when to retry. */
async function explain(error) {
  if (!(error instanceof ResponseError)) {
    return `Request failed: ${error.message}`;
  }
  const response = error.response;
  const problem = await response.json().catch(() => ({}));
  const lines = [`${response.status} ${problem.title ?? ''}`.trim(), problem.detail ?? ''];
  for (const field of problem.errors ?? []) {
    lines.push(`  ${field.field}: ${field.message}`);
  }
  if (response.status === 429) {
    lines.push(`Retry after ${response.headers.get('Retry-After') ?? 'a moment'} s`);
  }
  return lines.filter(Boolean).join('\n');
}

async function act(button, action) {
  button.disabled = true;
  try {
    show(await action());
  } catch (error) {
    show(await explain(error));
  } finally {
    button.disabled = false;
  }
}

$('create').addEventListener('click', () => act($('create'), async () => {
  const order = await client().createOrder({
    // A retried click must not create a second order.
    idempotencyKey: crypto.randomUUID(),
    createOrderRequest: {
      customer: { customerId: $('customer').value, email: 'ada@example.com' },
      // Amounts are decimal strings, never JavaScript numbers.
      items: [{ sku: 'BOOK-0001', name: 'The Pragmatic Programmer', quantity: 1, unitPrice: '39.99' }],
      currency: 'EUR',
    },
  });
  $('order-id').textContent = order.orderId;
  $('order-status').textContent = order.status;
  return `Created ${order.orderId}: ${order.status}, ${order.total} ${order.currency}`;
}));

$('get').addEventListener('click', () => act($('get'), async () => {
  const order = await client().getOrder({ orderId: $('order-id').textContent });
  $('order-status').textContent = order.status;
  return `${order.orderId}: ${order.status}`;
}));

$('list').addEventListener('click', () => act($('list'), async () => {
  const page = await client().listOrders({ status: $('status').value, limit: 20 });
  $('orders').replaceChildren(...page.items.map((order) => {
    const item = document.createElement('li');
    item.textContent = `${order.orderId} ${order.total} ${order.currency}`;
    return item;
  }));
  return `${page.items.length} ${$('status').value} order(s)${page.nextToken ? ', more on the next page' : ''}`;
}));

document.body.dataset.ready = 'true';
