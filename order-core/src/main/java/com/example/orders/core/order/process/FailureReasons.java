package com.example.orders.core.order.process;

/** Why an order ended FAILED, in the words the order keeps and the customer is told: one wording, wherever it fails. */
public final class FailureReasons {

    public static final String PAYMENT_DECLINED = "Payment declined";

    private FailureReasons() {}

    public static String outOfStock(String sku) {
        return "Out of stock: " + sku;
    }

    public static String gaveUp(String lastError) {
        return "Processing failed after repeated attempts: " + lastError;
    }
}
