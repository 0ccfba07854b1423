package com.example.orders.core.adapter.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The static (reflection-free) schema of {@link OrderRecord}: a bean schema would introspect
 * the class at start-up, which costs cold-start time.
 */
final class OrderTableSchema {

    static final TableSchema<CustomerRecord> CUSTOMER = StaticTableSchema.builder(CustomerRecord.class)
            .newItemSupplier(CustomerRecord::new)
            .addAttribute(String.class, a -> a.name("customerId").getter(CustomerRecord::getCustomerId).setter(CustomerRecord::setCustomerId))
            .addAttribute(String.class, a -> a.name("email").getter(CustomerRecord::getEmail).setter(CustomerRecord::setEmail))
            .addAttribute(String.class, a -> a.name("phone").getter(CustomerRecord::getPhone).setter(CustomerRecord::setPhone))
            .build();

    static final TableSchema<LineRecord> LINE = StaticTableSchema.builder(LineRecord.class)
            .newItemSupplier(LineRecord::new)
            .addAttribute(String.class, a -> a.name("sku").getter(LineRecord::getSku).setter(LineRecord::setSku))
            .addAttribute(String.class, a -> a.name("name").getter(LineRecord::getName).setter(LineRecord::setName))
            .addAttribute(Integer.class, a -> a.name("quantity").getter(LineRecord::getQuantity).setter(LineRecord::setQuantity))
            .addAttribute(String.class, a -> a.name("unitPrice").getter(LineRecord::getUnitPrice).setter(LineRecord::setUnitPrice))
            .addAttribute(String.class, a -> a.name("lineTotal").getter(LineRecord::getLineTotal).setter(LineRecord::setLineTotal))
            .build();

    static final TableSchema<AddressRecord> ADDRESS = StaticTableSchema.builder(AddressRecord.class)
            .newItemSupplier(AddressRecord::new)
            .addAttribute(String.class, a -> a.name("line1").getter(AddressRecord::getLine1).setter(AddressRecord::setLine1))
            .addAttribute(String.class, a -> a.name("line2").getter(AddressRecord::getLine2).setter(AddressRecord::setLine2))
            .addAttribute(String.class, a -> a.name("city").getter(AddressRecord::getCity).setter(AddressRecord::setCity))
            .addAttribute(String.class, a -> a.name("region").getter(AddressRecord::getRegion).setter(AddressRecord::setRegion))
            .addAttribute(String.class, a -> a.name("postalCode").getter(AddressRecord::getPostalCode).setter(AddressRecord::setPostalCode))
            .addAttribute(String.class, a -> a.name("country").getter(AddressRecord::getCountry).setter(AddressRecord::setCountry))
            .build();

    static final TableSchema<OrderRecord> ORDER = StaticTableSchema.builder(OrderRecord.class)
            .newItemSupplier(OrderRecord::new)
            .addAttribute(String.class, a -> a.name(OrdersTable.ORDER_ID)
                    .getter(OrderRecord::getOrderId).setter(OrderRecord::setOrderId)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(OrdersTable.CREATED_AT)
                    .getter(OrderRecord::getCreatedAt).setter(OrderRecord::setCreatedAt)
                    .tags(primarySortKey(), secondarySortKey(OrdersTable.STATUS_INDEX)))
            .addAttribute(String.class, a -> a.name(OrdersTable.STATUS)
                    .getter(OrderRecord::getStatus).setter(OrderRecord::setStatus)
                    .tags(secondaryPartitionKey(OrdersTable.STATUS_INDEX)))
            .addAttribute(String.class, a -> a.name(OrdersTable.UPDATED_AT)
                    .getter(OrderRecord::getUpdatedAt).setter(OrderRecord::setUpdatedAt))
            .addAttribute(EnhancedType.documentOf(CustomerRecord.class, CUSTOMER, d -> d.ignoreNulls(true)),
                    a -> a.name("customer").getter(OrderRecord::getCustomer).setter(OrderRecord::setCustomer))
            .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(LineRecord.class, LINE, d -> d.ignoreNulls(true))),
                    a -> a.name("lines").getter(OrderRecord::getLines).setter(OrderRecord::setLines))
            .addAttribute(String.class, a -> a.name("currency").getter(OrderRecord::getCurrency).setter(OrderRecord::setCurrency))
            .addAttribute(String.class, a -> a.name("total").getter(OrderRecord::getTotal).setter(OrderRecord::setTotal))
            .addAttribute(String.class, a -> a.name(OrdersTable.FAILURE_REASON)
                    .getter(OrderRecord::getFailureReason).setter(OrderRecord::setFailureReason))
            .addAttribute(EnhancedType.documentOf(AddressRecord.class, ADDRESS, d -> d.ignoreNulls(true)),
                    a -> a.name("shippingAddress").getter(OrderRecord::getShippingAddress).setter(OrderRecord::setShippingAddress))
            .addAttribute(Long.class, a -> a.name(OrdersTable.VERSION).getter(OrderRecord::getVersion).setter(OrderRecord::setVersion))
            .addAttribute(String.class, a -> a.name(OrdersTable.CORRELATION_ID)
                    .getter(OrderRecord::getCorrelationId).setter(OrderRecord::setCorrelationId))
            .build();

    private OrderTableSchema() {
    }
}
