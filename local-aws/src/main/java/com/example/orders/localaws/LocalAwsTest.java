package com.example.orders.localaws;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against local AWS: parameters of type {@link LocalAws} get the backend
 * shared by the whole test run, parameters of type {@link PlatformResources} get the platform's
 * resources in a namespace of the test's own. See {@link LocalAwsExtension}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalAwsExtension.class)
public @interface LocalAwsTest {}
