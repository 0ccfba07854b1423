package com.example.orders.core.mapping;

import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.CurrencyCode;
import com.example.orders.core.money.Currency;
import com.example.orders.core.money.Money;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderDraft;
import com.example.orders.core.order.OrderPage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * The generated API models to and from the domain. Requests are mapped only after Bean
 * Validation passed, so every amount here already matches the contract's decimal pattern.
 */
@Mapper
public interface OrderApiMapper {

    OrderApiMapper INSTANCE = Mappers.getMapper(OrderApiMapper.class);

    @Mapping(target = "lines", source = "items")
    OrderDraft toDraft(CreateOrderRequest request);

    /** The version (the store's optimistic lock) and the correlation id are not part of the contract. */
    @Mapping(target = "items", source = "lines")
    @Mapping(target = "currency", source = "total.currency")
    @BeanMapping(ignoreUnmappedSourceProperties = {"version", "correlationId"})
    com.example.orders.api.model.Order toApi(Order order);

    @Mapping(target = "items", source = "orders")
    com.example.orders.api.model.OrderPage toApi(OrderPage page);

    /** An amount as the contract writes it: the currency's digits, never an exponent. */
    default String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    default BigDecimal amount(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    default CurrencyCode currencyCode(Currency currency) {
        return currency == null ? null : CurrencyCode.fromValue(currency.code());
    }

    default String currencyCode(CurrencyCode code) {
        return code == null ? null : code.getValue();
    }

    default OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
