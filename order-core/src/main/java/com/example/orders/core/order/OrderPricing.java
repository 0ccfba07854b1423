package com.example.orders.core.order;

import com.example.orders.core.money.Currency;
import com.example.orders.core.money.Money;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns a draft into a new PENDING order: checks the rules the contract cannot express
 * (prices within the currency's minor units, one line per SKU, a total the contract can carry) and computes the line totals and the total.
 *
 * <p>Rounding rule: there is none to apply. Prices may not have more fraction digits than the
 * currency's minor unit, and quantities are whole, so every line total and the total are
 * exact; they are written with exactly the currency's number of fraction digits.
 */
public final class OrderPricing {

    /** The contract's Money carries at most ten integer digits: every amount is below this. */
    public static final BigDecimal AMOUNT_BOUND = new BigDecimal("10000000000");

    private OrderPricing() {
    }

    public static Order price(OrderDraft draft, String orderId, Instant now, String correlationId) {
        var violations = new ArrayList<FieldViolation>();
        Currency currency = Currency.of(draft.currency()).orElse(null);
        if (currency == null) {
            violations.add(new FieldViolation("currency", "must be one of the ISO 4217 codes the contract lists"));
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
                        + currency.code() + " has minor units (" + currency.minorUnits() + ")"));
                continue;
            }
            Money unitPrice = Money.of(line.unitPrice(), currency);
            Money lineTotal = unitPrice.times(line.quantity());
            total = total.plus(lineTotal);
            lines.add(new OrderLine(line.sku(), line.name(), line.quantity(), unitPrice, lineTotal));
        }
        if (violations.isEmpty() && total.amount().compareTo(AMOUNT_BOUND) >= 0) {
            violations.add(new FieldViolation("items", "make an order total below " + AMOUNT_BOUND.toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Order(orderId, draft.customer(), lines, total, OrderStatus.PENDING, null,
                draft.shippingAddress(), now, now, 1, correlationId);
    }
}
