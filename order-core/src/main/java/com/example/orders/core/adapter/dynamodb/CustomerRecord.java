package com.example.orders.core.adapter.dynamodb;

/** The customer inside an {@link OrderRecord}. */
public class CustomerRecord {
    private String customerId;
    private String email;
    private String phone;

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
