package com.example.orders.order.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicMessageTest {

    private static List<TopicMessage> read(String event) {
        return TopicMessage.readEvent(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheIdAndBodyOfTheMessageLambdaDelivers() {
        byte[] event = SnsEventBuilder.deliveringMessage("{\"orderId\":\"o-1\"}").build();
        assertThat(TopicMessage.readEvent(new ByteArrayInputStream(event)))
                .singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("{\"orderId\":\"o-1\"}"));
    }

    @Test
    void readsEveryRecordInOrder() {
        assertThat(read("""
                {"Records":[{"Sns":{"MessageId":"m-1","Message":"one"}},{"Sns":{"MessageId":"m-2","Message":"two"}}]}"""))
                .containsExactly(new TopicMessage("m-1", "one"), new TopicMessage("m-2", "two"));
    }

    @Test
    void skipsFieldsItDoesNotRead() {
        assertThat(read("""
                {"Version":{"a":[1,{"b":null}]},"Records":[{"EventSource":"aws:sns","Sns":{"Subject":null,\
                "MessageAttributes":{"status":{"Type":"String","Value":"PENDING"}},"MessageId":"m-1","Message":"one",\
                "Timestamp":"2026-12-01T00:00:00.000Z"}}]}"""))
                .containsExactly(new TopicMessage("m-1", "one"));
    }

    @Test
    void refusesARecordWithoutAMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> read("{\"Records\":[{\"Sns\":{\"MessageId\":\"m-1\"}}]}"))
                .withMessage("A message of the SNS event lacks its MessageId or Message");
    }

    @Test
    void refusesRecordsThatAreNotAList() {
        assertThatIllegalArgumentException().isThrownBy(() -> read("{\"Records\":{}}"))
                .withMessage("The SNS event's Records is not an array");
    }

    @Test
    void refusesMalformedJsonNamingWhereItStopped() {
        assertThatIllegalArgumentException().isThrownBy(() -> read("{\"Records\":[{\"Sns\":"))
                .withMessageStartingWith("The SNS event is not well-formed JSON (line 1");
    }
}
