package com.example.orders.core.http;

import com.example.orders.api.model.Address;
import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.CurrencyCode;
import com.example.orders.api.model.Customer;
import com.example.orders.api.model.Order;
import com.example.orders.api.model.OrderLine;
import com.example.orders.api.model.OrderLineRequest;
import com.example.orders.api.model.OrderPage;
import com.example.orders.core.validation.InvalidRequestException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract's models that creating and querying orders read and write on every request,
 * bound with Jackson's streaming parser and generator instead of its object mapper, whose start-up (some
 * 700 classes, 100 ms of an on-demand cold start) is then paid only on error paths (decision 19).
 *
 * <p>Reading takes the straight path only: a body that is exactly what {@link ApiJson#read}
 * accepts, read into an equal model. Anything else (an unknown or repeated field, a value of
 * another type, an explicit null, a string that is not well-formed, a currency the contract does
 * not list, malformed JSON, trailing content) is read again by {@link ApiJson#read}, whose
 * errors name the field as they always did. Writing gives exactly {@link ApiJson#write}'s
 * document: the models' property order, required properties always, optional ones when set.
 * {@code ApiModelJsonTest} holds both to the object mapper's results.
 */
public final class ApiModelJson {

    private ApiModelJson() {
    }

    /** Reads {@code body} as a create request, or throws {@link InvalidRequestException} naming what is wrong. */
    public static CreateOrderRequest readCreateOrderRequest(String body) {
        return straight(body).orElseGet(() -> ApiJson.read(body, CreateOrderRequest.class));
    }

    /** The request, when {@code body} is one the straight path reads; empty for the object mapper to read and word. */
    static Optional<CreateOrderRequest> straight(String body) {
        if (body == null) {
            return Optional.empty();
        }
        try (JsonParser parser = StreamedJson.parser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                CreateOrderRequest request = createOrderRequest(parser);
                if (parser.nextToken() == null) {
                    return Optional.of(request);
                }
            }
            return Optional.empty();
        } catch (OffTheStraightPath | IOException | IllegalArgumentException notStraightforward) {
            return Optional.empty();
        }
    }

    /** The request as {@link ApiJson#write} writes it. */
    public static String write(CreateOrderRequest request) {
        return StreamedJson.written(json -> {
            json.writeStartObject();
            writeCustomer(json, "customer", request.getCustomer());
            json.writeFieldName("items");
            if (request.getItems() == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                for (OrderLineRequest line : request.getItems()) {
                    json.writeStartObject();
                    writeString(json, "sku", line.getSku());
                    writeString(json, "name", line.getName());
                    writeInteger(json, "quantity", line.getQuantity());
                    writeString(json, "unitPrice", line.getUnitPrice());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            writeString(json, "currency", request.getCurrency() == null ? null : request.getCurrency().getValue());
            writeOptionalAddress(json, "shippingAddress", request.getShippingAddress());
            json.writeEndObject();
        });
    }

    /** The order as {@link ApiJson#write} writes it. */
    public static String write(Order order) {
        return StreamedJson.written(json -> writeOrder(json, order));
    }

    /** The page of orders as {@link ApiJson#write} writes it. */
    public static String write(OrderPage page) {
        return StreamedJson.written(json -> {
            json.writeStartObject();
            json.writeFieldName("items");
            if (page.getItems() == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                for (Order order : page.getItems()) {
                    writeOrder(json, order);
                }
                json.writeEndArray();
            }
            if (page.getNextToken() != null) {
                json.writeStringField("nextToken", page.getNextToken());
            }
            json.writeEndObject();
        });
    }

    private static CreateOrderRequest createOrderRequest(JsonParser parser) throws IOException {
        var request = new CreateOrderRequest();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "customer" -> request.setCustomer(customer(parser, value));
                case "items" -> request.setItems(lines(parser, value));
                case "currency" -> request.setCurrency(CurrencyCode.fromValue(text(parser, value)));
                case "shippingAddress" -> request.setShippingAddress(address(parser, value));
                default -> throw new OffTheStraightPath();
            }
        }
        return request;
    }

    private static Customer customer(JsonParser parser, JsonToken start) throws IOException {
        expect(start, JsonToken.START_OBJECT);
        var customer = new Customer();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "customerId" -> customer.setCustomerId(text(parser, value));
                case "email" -> customer.setEmail(text(parser, value));
                case "phone" -> customer.setPhone(text(parser, value));
                default -> throw new OffTheStraightPath();
            }
        }
        return customer;
    }

    private static List<OrderLineRequest> lines(JsonParser parser, JsonToken start) throws IOException {
        expect(start, JsonToken.START_ARRAY);
        var lines = new ArrayList<OrderLineRequest>();
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            expect(item, JsonToken.START_OBJECT);
            lines.add(line(parser));
        }
        return lines;
    }

    private static OrderLineRequest line(JsonParser parser) throws IOException {
        var line = new OrderLineRequest();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "sku" -> line.setSku(text(parser, value));
                case "name" -> line.setName(text(parser, value));
                case "quantity" -> line.setQuantity(integer(parser, value));
                case "unitPrice" -> line.setUnitPrice(text(parser, value));
                default -> throw new OffTheStraightPath();
            }
        }
        return line;
    }

    private static Address address(JsonParser parser, JsonToken start) throws IOException {
        expect(start, JsonToken.START_OBJECT);
        var address = new Address();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "line1" -> address.setLine1(text(parser, value));
                case "line2" -> address.setLine2(text(parser, value));
                case "city" -> address.setCity(text(parser, value));
                case "region" -> address.setRegion(text(parser, value));
                case "postalCode" -> address.setPostalCode(text(parser, value));
                case "country" -> address.setCountry(text(parser, value));
                default -> throw new OffTheStraightPath();
            }
        }
        return address;
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        expect(value, JsonToken.VALUE_STRING);
        String text = parser.getText();
        if (!WellFormedText.isWellFormed(text)) {
            throw new OffTheStraightPath();
        }
        return text;
    }

    private static Integer integer(JsonParser parser, JsonToken value) throws IOException {
        expect(value, JsonToken.VALUE_NUMBER_INT);
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new OffTheStraightPath();
        }
        return parser.getIntValue();
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new OffTheStraightPath();
        }
    }

    private static void writeOrder(JsonGenerator json, Order order) throws IOException {
        json.writeStartObject();
        writeString(json, "orderId", order.getOrderId() == null ? null : order.getOrderId().toString());
        writeCustomer(json, "customer", order.getCustomer());
        json.writeFieldName("items");
        if (order.getItems() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (OrderLine line : order.getItems()) {
                json.writeStartObject();
                writeString(json, "sku", line.getSku());
                writeString(json, "name", line.getName());
                writeInteger(json, "quantity", line.getQuantity());
                writeString(json, "unitPrice", line.getUnitPrice());
                writeString(json, "lineTotal", line.getLineTotal());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        writeString(json, "currency", order.getCurrency() == null ? null : order.getCurrency().getValue());
        writeString(json, "total", order.getTotal());
        writeString(json, "status", order.getStatus() == null ? null : order.getStatus().getValue());
        if (order.getFailureReason() != null) {
            json.writeStringField("failureReason", order.getFailureReason());
        }
        writeOptionalAddress(json, "shippingAddress", order.getShippingAddress());
        writeTimestamp(json, "createdAt", order.getCreatedAt());
        writeTimestamp(json, "updatedAt", order.getUpdatedAt());
        json.writeEndObject();
    }

    private static void writeCustomer(JsonGenerator json, String field, Customer customer) throws IOException {
        json.writeFieldName(field);
        if (customer == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        writeString(json, "customerId", customer.getCustomerId());
        if (customer.getEmail() != null) {
            json.writeStringField("email", customer.getEmail());
        }
        if (customer.getPhone() != null) {
            json.writeStringField("phone", customer.getPhone());
        }
        json.writeEndObject();
    }

    private static void writeOptionalAddress(JsonGenerator json, String field, Address address) throws IOException {
        if (address == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        writeString(json, "line1", address.getLine1());
        if (address.getLine2() != null) {
            json.writeStringField("line2", address.getLine2());
        }
        writeString(json, "city", address.getCity());
        if (address.getRegion() != null) {
            json.writeStringField("region", address.getRegion());
        }
        writeString(json, "postalCode", address.getPostalCode());
        writeString(json, "country", address.getCountry());
        json.writeEndObject();
    }

    /** A required property: written even when null, as the models' {@code JsonInclude.ALWAYS} has it. */
    private static void writeString(JsonGenerator json, String field, String value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void writeInteger(JsonGenerator json, String field, Integer value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static void writeTimestamp(JsonGenerator json, String field, OffsetDateTime value) throws IOException {
        writeString(json, field, value == null ? null : ContractTimestamps.format(value));
    }

    /** The body is not one the straight path reads; {@link ApiJson#read} reads it and words the error. */
    private static final class OffTheStraightPath extends RuntimeException {

        OffTheStraightPath() {
            super(null, null, false, false);
        }
    }
}
