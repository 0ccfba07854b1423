package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.money.Currency;
import com.example.orders.core.order.Order;
import java.math.BigDecimal;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Domain orders to and from the items of the Orders table. */
@Mapper
public interface OrderRecordMapper {

    OrderRecordMapper INSTANCE = Mappers.getMapper(OrderRecordMapper.class);

    OrderRecord toRecord(Order order);

    Order toDomain(OrderRecord record);

    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    default BigDecimal amount(String amount) {
        return amount == null ? null : new BigDecimal(amount);
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
