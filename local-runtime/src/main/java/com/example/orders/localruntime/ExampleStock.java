package com.example.orders.localruntime;

import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import java.util.List;

/**
 * The stock the local inventory starts with: enough of every SKU in the contract's example order
 * that the printed create command leads to a COMPLETED order, many times over, and a scarce SKU
 * with which one order can run out of stock (4 of {@code LAMP-0003}).
 */
public final class ExampleStock {

    public static final List<StockLevel> LEVELS = List.of(
            new StockLevel("BOOK-0001", 1000),
            new StockLevel("PEN-0042", 1000),
            new StockLevel("LAMP-0003", 3));

    private ExampleStock() {
    }

    /**
     * Puts each level into {@code inventory}. Stock left by an earlier run (kept in a data
     * directory) is the truth now: resetting it would hide what orders did.
     */
    public static void seed(InventoryReservations inventory) {
        LEVELS.forEach(level -> inventory.stockUnlessStocked(level.sku(), level.available()));
    }
}
