package com.example.orders.core.adapter.dynamodb;


/** One order line inside an {@link OrderRecord}. */
public class LineRecord {
    private String sku;
    private String name;
    private Integer quantity;
    private String unitPrice;
    private String lineTotal;

    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public String getUnitPrice() { return unitPrice; }
    public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
    public String getLineTotal() { return lineTotal; }
    public void setLineTotal(String lineTotal) { this.lineTotal = lineTotal; }
}
