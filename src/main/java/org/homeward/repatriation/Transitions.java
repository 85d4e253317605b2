package org.homeward.repatriation;

import java.util.Optional;

/**
 * Which moves between stages exist, and which need a reason. Forward one stage at a time; back to
 * any earlier stage; on hold from any open stage and back to where it was; rejected or withdrawn
 * from anywhere open. An ended case moves no more. Pure; the gates are checked apart.
 */
final class Transitions {

    private Transitions() {
    }

    /** Empty when the move is allowed; otherwise the rule it breaks (a message key). */
    static Optional<String> refusal(Stage from, Stage heldFrom, Stage to) {
        if (from.closed()) {
            return Optional.of("case.transition.closed");
        }
        if (to == from) {
            return Optional.of("case.transition.same");
        }
        if (from == Stage.ON_HOLD) {
            return to == heldFrom || to == Stage.REJECTED || to == Stage.WITHDRAWN ? Optional.empty()
                    : Optional.of("case.transition.resume");
        }
        if (to == Stage.ON_HOLD || to == Stage.REJECTED || to == Stage.WITHDRAWN) {
            return Optional.empty();
        }
        if (to.onPath() && (to == from.next() || to.ordinal() < from.ordinal())) {
            return Optional.empty();
        }
        return Optional.of("case.transition.skip");
    }

    /** Backwards moves, holds, rejections and withdrawals must say why. */
    static boolean needsReason(Stage from, Stage to) {
        return to == Stage.ON_HOLD || to == Stage.REJECTED || to == Stage.WITHDRAWN
                || to.onPath() && from.onPath() && to.ordinal() < from.ordinal();
    }

    /** Forward moves and resumptions must meet the gates of the stage they reach. */
    static boolean gated(Stage from, Stage to) {
        return to.onPath() && (from == Stage.ON_HOLD || to.ordinal() > from.ordinal());
    }
}
