package org.homeward.statistics;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.homeward.movements.MovementMessages;
import org.homeward.movements.MovementType;
import org.homeward.people.PeopleMessages;
import org.homeward.people.PersonFlag;
import org.homeward.people.Sex;
import org.homeward.repatriation.CaseMessages;
import org.homeward.repatriation.Stage;

/** The words for the codes figures are counted by, in one language, from the bundles of the features that own them. */
public final class CodeNames {

    private final PeopleMessages people;
    private final MovementMessages movements;
    private final CaseMessages cases;

    private CodeNames(String language) {
        Localized.Literal in = Localized.Literal.of(language);
        people = MessageBundles.get(PeopleMessages.class, in);
        movements = MessageBundles.get(MovementMessages.class, in);
        cases = MessageBundles.get(CaseMessages.class, in);
    }

    public static CodeNames in(String language) {
        return new CodeNames(language);
    }

    public String sex(Sex sex) {
        return people.sex_value(sex);
    }

    public String flag(PersonFlag flag) {
        return people.flag_value(flag);
    }

    public String movementType(MovementType type) {
        return movements.movement_type_value(type);
    }

    public String stage(Stage stage) {
        return cases.stage_value(stage);
    }
}
