package org.homeward.movements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.UserLocale;
import org.homeward.people.PersonPageSection;
import org.homeward.people.PersonView;

/** A person's movements beside their record, with the form that records the next one. */
@ApplicationScoped
public class MovementSection implements PersonPageSection {

    /** The movement form as typed, with its errors. */
    public record MovementForm(String type, String toFacilityCode, String date, String note,
            Map<String, String> errors) {

        static MovementForm blank() {
            return new MovementForm(MovementType.TRANSFER.name(), "", LocalDate.now().toString(), "", Map.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(PersonView person, List<MovementView> movements, MovementForm movement,
                List<FacilityRef> destinations, MovementType[] movementTypes);
    }

    @Inject
    MovementService movementService;

    @Inject
    FacilityService facilityService;

    @Inject
    UserLocale userLocale;

    @Override
    public Place place() {
        return Place.BESIDE_RECORD;
    }

    @Override
    public String render(PersonView person, Object retyped) {
        Map<UUID, FacilityRef> refs = facilityService.refs();
        List<FacilityRef> destinations = refs.values().stream().filter(FacilityRef::active)
                .sorted(Comparator.comparing(FacilityRef::code)).toList();
        MovementForm form = retyped instanceof MovementForm typed ? typed : MovementForm.blank();
        return Templates.section(person, movementService.historyOf(person.id(), refs), form, destinations,
                MovementType.values()).setLocale(userLocale.get()).render();
    }
}
