package org.homeward.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text as people write it: no control characters (a NUL cannot even be stored) and no
 * bidirectional embeddings, overrides or isolates, which make a name read as another in a list
 * ("Trojan source"). The marks LRM and RLM, which Arabic text legitimately carries, are allowed.
 * {@code multiline} texts (notes, reasons) may hold line breaks and tabs.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{text.plain}";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || text.codePoints().allMatch(this::allowed);
        }

        private boolean allowed(int c) {
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                return true;
            }
            boolean control = c < 0x20 || c >= 0x7f && c < 0xa0;
            boolean bidiControl = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            return !control && !bidiControl;
        }
    }
}
