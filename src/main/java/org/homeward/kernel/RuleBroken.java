package org.homeward.kernel;

import java.util.List;

/**
 * The input is well-formed but what it asks is impossible (a transfer of someone not held, a date
 * before the last movement). Answered 422 with the reason, where a malformed field answers 400.
 */
public class RuleBroken extends ValidationFailed {

    public RuleBroken(FieldError reason) {
        super(List.of(reason));
    }

    /** Several conditions unmet at once (a repatriation stage's gate), each stated. */
    public RuleBroken(List<FieldError> reasons) {
        super(reasons);
    }
}
