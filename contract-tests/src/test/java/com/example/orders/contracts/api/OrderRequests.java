package com.example.orders.contracts.api;

import com.example.orders.client.model.CreateOrderRequest;
import com.example.orders.client.model.CurrencyCode;
import com.example.orders.client.model.Customer;
import com.example.orders.client.model.OrderLineRequest;

/** Orders as the frontend builds them, with the generated client's models. */
final class OrderRequests {

    private OrderRequests() {
    }

    static CreateOrderRequest twoBooks() {
        return new CreateOrderRequest()
                .customer(new Customer().customerId("cust-1001").email("ada@example.com"))
                .addItemsItem(new OrderLineRequest().sku("BOOK-0001").name("The Pragmatic Programmer").quantity(2).unitPrice("39.99"))
                .currency(CurrencyCode.EUR);
    }

    /** Valid in shape, but yen have no minor unit: only the order's own rules can refuse it. */
    static CreateOrderRequest yenWithFractions() {
        return new CreateOrderRequest()
                .customer(new Customer().customerId("cust-1001"))
                .addItemsItem(new OrderLineRequest().sku("PEN-0042").name("Fountain pen").quantity(1).unitPrice("12.50"))
                .currency(CurrencyCode.JPY);
    }
}
