package com.example.orders.api.constraints;

/** One property breaking one keyword of the contract, as either judge states it. */
record Breach(String field, String keyword, String bounds) {
}
