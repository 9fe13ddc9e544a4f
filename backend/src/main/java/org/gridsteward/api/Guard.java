package org.gridsteward.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gridsteward.access.Action;

/**
 * The access rule of one endpoint. Every resource method carries one; a method without it refuses
 * everyone ({@link AccessFilter}), so a new endpoint is closed until someone decides who may call it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guard {
    Action value();

    /** Counts against the calling client's budget for anonymous writes ({@code grid.intake.rate-limit.*}). */
    boolean rateLimited() default false;
}
