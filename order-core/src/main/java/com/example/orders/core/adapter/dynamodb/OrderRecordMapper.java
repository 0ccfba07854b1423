package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.money.Currency;
import com.example.orders.core.money.Money;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderLine;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.ShippingAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain orders to and from the items of the Orders table. */
@Mapper
public interface OrderRecordMapper {

    OrderRecordMapper INSTANCE = Mappers.getMapper(OrderRecordMapper.class);

    @Mapping(target = "currency", source = "total.currency")
    OrderRecord toRecord(Order order);

    Customer customer(CustomerRecord record);

    ShippingAddress shippingAddress(AddressRecord record);

    /**
     * By hand: an amount is stored as a plain decimal string, and the currency once per order,
     * so every line's amounts take the order's currency.
     */
    default Order toDomain(OrderRecord record) {
        if (record == null) {
            return null;
        }
        Currency currency = currency(record.getCurrency());
        List<OrderLine> lines = record.getLines() == null ? List.of() : record.getLines().stream()
                .map(line -> new OrderLine(line.getSku(), line.getName(), line.getQuantity(),
                        money(line.getUnitPrice(), currency), money(line.getLineTotal(), currency)))
                .toList();
        return new Order(record.getOrderId(), customer(record.getCustomer()), lines, money(record.getTotal(), currency),
                OrderStatus.valueOf(record.getStatus()), record.getFailureReason(), shippingAddress(record.getShippingAddress()),
                timestamp(record.getCreatedAt()), timestamp(record.getUpdatedAt()),
                record.getVersion() == null ? 0 : record.getVersion(), record.getCorrelationId());
    }

    default String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    private static Money money(String stored, Currency currency) {
        return stored == null ? null : Money.of(new BigDecimal(stored), currency);
    }

    default String currencyCode(Currency currency) {
        return currency == null ? null : currency.code();
    }

    default Currency currency(String code) {
        return code == null ? null : Currency.of(code)
                .orElseThrow(() -> new IllegalStateException("A stored order is in " + code + ", which the contract does not list"));
    }

    default String timestamp(Instant instant) {
        return instant == null ? null : StoredTimestamp.format(instant);
    }

    default Instant timestamp(String stored) {
        return stored == null ? null : StoredTimestamp.parse(stored);
    }
}
