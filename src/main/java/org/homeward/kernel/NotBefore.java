package org.homeward.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date no earlier than 1 January of {@code year}: a birth before 1900 or a movement before the
 * registry's first year is a typing error (and a far one a date PostgreSQL cannot hold).
 */
@Documented
@Constraint(validatedBy = NotBefore.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore {

    int year();

    String message() default "{date.not-before}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotBefore, LocalDate> {

        private LocalDate first;

        @Override
        public void initialize(NotBefore annotation) {
            first = LocalDate.of(annotation.year(), 1, 1);
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isBefore(first);
        }
    }
}
