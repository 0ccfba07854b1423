// A frontend's use of the generated client, type-checked by the build with the client itself:
// a spec change that would break code like this fails `tsc` here first.
import { Configuration, OrdersApi, OrderStatus, ResponseError } from "@orders-platform/client";
import type { Order, OrderPage } from "@orders-platform/client";

const api = new OrdersApi(new Configuration({ basePath: "http://127.0.0.1:3000", apiKey: "your-api-key" }));

export async function checkout(customerId: string, idempotencyKey: string): Promise<Order> {
  return api.createOrder({
    idempotencyKey,
    createOrderRequest: {
      customer: { customerId, email: "ada@example.com" },
      // Amounts are decimal strings: never a JavaScript number.
      items: [{ sku: "BOOK-0001", name: "The Pragmatic Programmer", quantity: 1, unitPrice: "39.99" }],
      currency: "EUR",
    },
  });
}

export async function pendingOrders(nextToken?: string): Promise<OrderPage> {
  return api.listOrders({ status: OrderStatus.Pending, limit: 20, nextToken });
}

export async function orderTotal(orderId: string): Promise<string | undefined> {
  try {
    const order = await api.getOrder({ orderId });
    return `${order.total} ${order.currency}`;
  } catch (error) {
    if (error instanceof ResponseError && error.response.status === 404) {
      return undefined;
    }
    throw error;
  }
}
