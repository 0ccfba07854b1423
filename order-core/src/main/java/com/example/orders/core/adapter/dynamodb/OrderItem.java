package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.money.Currency;
import com.example.orders.core.money.Money;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderLine;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.ShippingAddress;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An order as an item of the Orders table, written and read by hand with the plain client's
 * attribute values: the enhanced client's schema machinery cost every function about 250 classes
 * and 0.6 MB of jar for one flat item (decision 15). Absent values are left out rather than
 * stored as NULL. Amounts are decimal strings (DynamoDB numbers drop trailing zeros, the contract
 * writes the currency's digits) and the currency is stored once per order.
 */
final class OrderItem {

    private static final String CUSTOMER = "customer";
    private static final String LINES = "lines";
    private static final String CURRENCY = "currency";
    private static final String TOTAL = "total";
    private static final String SHIPPING_ADDRESS = "shippingAddress";

    private OrderItem() {
    }

    static Map<String, AttributeValue> of(Order order) {
        var item = new LinkedHashMap<String, AttributeValue>();
        item.put(OrdersTable.ORDER_ID, AttributeValue.fromS(order.orderId()));
        item.put(OrdersTable.CREATED_AT, AttributeValue.fromS(StoredTimestamp.format(order.createdAt())));
        item.put(OrdersTable.STATUS, AttributeValue.fromS(order.status().name()));
        item.put(OrdersTable.UPDATED_AT, AttributeValue.fromS(StoredTimestamp.format(order.updatedAt())));
        item.put(CUSTOMER, AttributeValue.fromM(customer(order.customer())));
        item.put(LINES, AttributeValue.fromL(order.lines().stream().map(line -> AttributeValue.fromM(line(line))).toList()));
        item.put(CURRENCY, AttributeValue.fromS(order.currency().code()));
        item.put(TOTAL, AttributeValue.fromS(order.total().amount().toPlainString()));
        putString(item, OrdersTable.FAILURE_REASON, order.failureReason());
        if (order.shippingAddress() != null) {
            item.put(SHIPPING_ADDRESS, AttributeValue.fromM(address(order.shippingAddress())));
        }
        item.put(OrdersTable.VERSION, AttributeValue.fromN(Long.toString(order.version())));
        putString(item, OrdersTable.CORRELATION_ID, order.correlationId());
        return item;
    }

    static Order toOrder(Map<String, AttributeValue> item) {
        String code = string(item, CURRENCY);
        Currency currency = Currency.of(code)
                .orElseThrow(() -> new IllegalStateException("A stored order is in " + code + ", which the contract does not list"));
        Map<String, AttributeValue> customer = item.get(CUSTOMER).m();
        List<OrderLine> lines = item.containsKey(LINES) ? item.get(LINES).l().stream()
                .map(AttributeValue::m)
                .map(line -> new OrderLine(string(line, "sku"), string(line, "name"), Integer.parseInt(line.get("quantity").n()),
                        money(string(line, "unitPrice"), currency), money(string(line, "lineTotal"), currency)))
                .toList() : List.of();
        AttributeValue address = item.get(SHIPPING_ADDRESS);
        AttributeValue version = item.get(OrdersTable.VERSION);
        return new Order(string(item, OrdersTable.ORDER_ID),
                new Customer(string(customer, "customerId"), string(customer, "email"), string(customer, "phone")),
                lines, money(string(item, TOTAL), currency), OrderStatus.valueOf(string(item, OrdersTable.STATUS)),
                string(item, OrdersTable.FAILURE_REASON), address == null ? null : address(address.m()),
                StoredTimestamp.parse(string(item, OrdersTable.CREATED_AT)), StoredTimestamp.parse(string(item, OrdersTable.UPDATED_AT)),
                version == null ? 0 : Long.parseLong(version.n()), string(item, OrdersTable.CORRELATION_ID));
    }

    private static Map<String, AttributeValue> customer(Customer customer) {
        var map = new LinkedHashMap<String, AttributeValue>();
        putString(map, "customerId", customer.customerId());
        putString(map, "email", customer.email());
        putString(map, "phone", customer.phone());
        return map;
    }

    private static Map<String, AttributeValue> line(OrderLine line) {
        var map = new LinkedHashMap<String, AttributeValue>();
        putString(map, "sku", line.sku());
        putString(map, "name", line.name());
        map.put("quantity", AttributeValue.fromN(Integer.toString(line.quantity())));
        map.put("unitPrice", AttributeValue.fromS(line.unitPrice().amount().toPlainString()));
        map.put("lineTotal", AttributeValue.fromS(line.lineTotal().amount().toPlainString()));
        return map;
    }

    private static Map<String, AttributeValue> address(ShippingAddress address) {
        var map = new LinkedHashMap<String, AttributeValue>();
        putString(map, "line1", address.line1());
        putString(map, "line2", address.line2());
        putString(map, "city", address.city());
        putString(map, "region", address.region());
        putString(map, "postalCode", address.postalCode());
        putString(map, "country", address.country());
        return map;
    }

    private static ShippingAddress address(Map<String, AttributeValue> map) {
        return new ShippingAddress(string(map, "line1"), string(map, "line2"), string(map, "city"), string(map, "region"),
                string(map, "postalCode"), string(map, "country"));
    }

    private static void putString(Map<String, AttributeValue> map, String name, String value) {
        if (value != null) {
            map.put(name, AttributeValue.fromS(value));
        }
    }

    private static String string(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        return value == null ? null : value.s();
    }

    private static Money money(String stored, Currency currency) {
        return stored == null ? null : Money.of(new BigDecimal(stored), currency);
    }
}
