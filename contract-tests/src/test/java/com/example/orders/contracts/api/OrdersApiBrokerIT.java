package com.example.orders.contracts.api;

import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;

/**
 * Verifies the pacts every consumer published to the Pact Broker, and publishes the results. Runs
 * with the profile pact-broker, which PACT_BROKER_BASE_URL switches on (see the README); Pact
 * resolves the broker's address and credentials from the environment.
 */
@PactBroker(url = "${PACT_BROKER_BASE_URL}", authentication = @PactBrokerAuth(
        token = "${PACT_BROKER_TOKEN:}", username = "${PACT_BROKER_USERNAME:}", password = "${PACT_BROKER_PASSWORD:}"))
class OrdersApiBrokerIT extends OrdersApiProvider {
}
