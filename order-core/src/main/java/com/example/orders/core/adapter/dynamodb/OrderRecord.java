package com.example.orders.core.adapter.dynamodb;

import java.util.List;

/**
 * An order as the Orders table stores it. Amounts are decimal strings: DynamoDB numbers drop
 * trailing zeros, and the contract writes amounts with the currency's digits. A mutable bean
 * because the enhanced client's static schema builds items through setters; it never leaves
 * the store package and its mapper.
 */
public class OrderRecord {
    private String orderId;
    private String createdAt;
    private String updatedAt;
    private String status;
    private CustomerRecord customer;
    private List<LineRecord> lines;
    private String currency;
    private String total;
    private String failureReason;
    private AddressRecord shippingAddress;
    private Long version;
    private String correlationId;

    public String getOrderId() { return orderId; }
    public void setOrderId(String orderId) { this.orderId = orderId; }
    public String getCreatedAt() { return createdAt; }
    public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public CustomerRecord getCustomer() { return customer; }
    public void setCustomer(CustomerRecord customer) { this.customer = customer; }
    public List<LineRecord> getLines() { return lines; }
    public void setLines(List<LineRecord> lines) { this.lines = lines; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getTotal() { return total; }
    public void setTotal(String total) { this.total = total; }
    public String getFailureReason() { return failureReason; }
    public void setFailureReason(String failureReason) { this.failureReason = failureReason; }
    public AddressRecord getShippingAddress() { return shippingAddress; }
    public void setShippingAddress(AddressRecord shippingAddress) { this.shippingAddress = shippingAddress; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getCorrelationId() { return correlationId; }
    public void setCorrelationId(String correlationId) { this.correlationId = correlationId; }
}
