package com.example.orders.core.order;

/** Where an order ships to. Personal data: {@link #toString()} shows only the country. */
public record ShippingAddress(String line1, String line2, String city, String region, String postalCode,
        String country) {

    @Override
    public String toString() {
        return "ShippingAddress[country=" + country + ", <redacted>]";
    }
}
