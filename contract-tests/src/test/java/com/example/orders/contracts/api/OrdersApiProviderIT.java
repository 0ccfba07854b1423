package com.example.orders.contracts.api;

import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** Verifies the pacts the consumer tests of this build wrote (target/pacts): the file-based flow CI runs. */
@PactFolder("target/pacts")
class OrdersApiProviderIT extends OrdersApiProvider {
}
