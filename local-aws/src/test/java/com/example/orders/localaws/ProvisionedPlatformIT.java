package com.example.orders.localaws;

/** The contract against the backend chosen by {@code LOCAL_AWS_BACKEND}: embedded unless told otherwise. */
@LocalAwsTest
class ProvisionedPlatformIT extends ProvisionedPlatformContract {

    private final LocalAws aws;
    private final PlatformResources resources;

    ProvisionedPlatformIT(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
    }

    @Override
    LocalAws aws() {
        return aws;
    }

    @Override
    PlatformResources resources() {
        return resources;
    }
}
