package org.gridsteward.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name and revision an event is stored under. Class names may change; these may not,
 * because the log, the audit proofs and the dashboard's types refer to them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String name();

    int revision() default 1;
}
