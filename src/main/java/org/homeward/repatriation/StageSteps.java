package org.homeward.repatriation;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.TemplateExtension;

/**
 * The case page's stepper: every stage of the path from identification to completion, each done,
 * current or still ahead ({@code stages:of(kase.stage, kase.heldFromStage)}). A case on hold is
 * shown where it waits; a rejected or withdrawn case has no step current.
 */
@TemplateExtension(namespace = "stages")
public final class StageSteps {

    /** One stage of the path, and where the case stands to it. */
    public record Step(Stage stage, boolean done, boolean current) {
    }

    private StageSteps() {
    }

    static List<Step> of(Stage stage, Stage heldFrom) {
        Stage at = stage == Stage.ON_HOLD && heldFrom != null ? heldFrom : stage;
        return Arrays.stream(Stage.values()).filter(Stage::onPath)
                .map(step -> new Step(step, at.onPath() && (step.ordinal() < at.ordinal() || at == Stage.COMPLETED),
                        step == at && at != Stage.COMPLETED))
                .toList();
    }
}
