package com.example.orders.localruntime.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A function is named in Invoke as on AWS. */
class LambdaInvokeApiTest {

    @Test
    void aFunctionIsFoundByItsNameItsQualifiedNameOrItsArn() {
        assertThat(LambdaInvokeApi.functionName("order-notify-fn")).isEqualTo("order-notify-fn");
        assertThat(LambdaInvokeApi.functionName("order-notify-fn:live")).isEqualTo("order-notify-fn");
        assertThat(LambdaInvokeApi.functionName("arn:aws:lambda:us-east-1:000000000000:function:order-notify-fn:$LATEST"))
                .isEqualTo("order-notify-fn");
        assertThat(LambdaInvokeApi.functionName("arn:aws:lambda:us-east-1:000000000000:function:order-notify-fn"))
                .isEqualTo("order-notify-fn");
    }
}
