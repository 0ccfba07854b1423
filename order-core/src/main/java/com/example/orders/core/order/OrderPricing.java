package com.example.orders.core.order;

import com.example.orders.core.money.Money;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a draft into a new PENDING order: checks the rules the contract cannot express
 * (a real ISO 4217 currency, prices within the currency's minor units, one line per SKU, a
 * total the contract can carry) and computes the line totals and the total.
 *
 * <p>Rounding rule: there is none to apply. Prices may not have more fraction digits than the
 * currency's minor unit, and quantities are whole, so every line total and the total are
 * exact; they are written with exactly the currency's number of fraction digits.
 */
public final class OrderPricing {

    /** The largest amount the contract's Money type carries. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private OrderPricing() {
    }

    public static Order price(OrderDraft draft, String orderId, Instant now, String correlationId) {
        var violations = new ArrayList<FieldViolation>();
        Currency currency = Money.currencyOf(draft.currency());
        if (currency == null) {
            violations.add(new FieldViolation("currency", "is not an ISO 4217 currency usable for orders"));
            throw new InvalidRequestException(violations);
        }
        var lines = new ArrayList<OrderLine>(draft.lines().size());
        Set<String> skus = new HashSet<>();
        Money total = Money.zero(currency);
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line line = draft.lines().get(i);
            String path = "items[" + i + "]";
            if (!skus.add(line.sku())) {
                violations.add(new FieldViolation(path + ".sku", "appears on more than one line; combine the quantities"));
            }
            if (!Money.fitsMinorUnits(line.unitPrice(), currency)) {
                violations.add(new FieldViolation(path + ".unitPrice", "has more fraction digits than "
                        + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")"));
                continue;
            }
            Money unitPrice = Money.of(line.unitPrice(), currency);
            Money lineTotal = unitPrice.times(line.quantity());
            total = total.plus(lineTotal);
            lines.add(new OrderLine(line.sku(), line.name(), line.quantity(), unitPrice.amount(), lineTotal.amount()));
        }
        if (violations.isEmpty() && total.amount().compareTo(MAX_AMOUNT) > 0) {
            violations.add(new FieldViolation("items", "the order total exceeds " + MAX_AMOUNT.toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Order(orderId, draft.customer(), lines, currency, total.amount(), OrderStatus.PENDING, null,
                draft.shippingAddress(), now, now, 1, correlationId);
    }
}
