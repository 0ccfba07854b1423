package com.example.orders.core.order;

/**
 * Who placed an order. Email and phone are personal data: {@link #toString()} leaves them
 * out so that logging an order can never leak them.
 */
public record Customer(String customerId, String email, String phone) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    @Override
    public String toString() {
        return "Customer[customerId=" + customerId + ", email=" + (hasEmail() ? "<redacted>" : "none")
                + ", phone=" + (hasPhone() ? "<redacted>" : "none") + "]";
    }
}
