package org.homeward.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.AccessScope;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.reference.Countries;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;

@ApplicationScoped
public class StaffService {

    /** What identity providers allow in a username (Keycloak's rules), and nothing that could mislead. */
    private static final Pattern VALID_USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    /** The shape of a facility code (FacilityInput), checked before a code reaches a query. */
    private static final Pattern FACILITY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,29}");

    @Inject
    StaffRepository staffRepository;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    public List<StaffView> list() {
        return staffRepository.listWithScopes().stream().map(StaffView::of).toList();
    }

    /** Case workers without facilities and officers without countries: they log in and see no one. */
    public List<StaffView> waitingForScope() {
        return staffRepository.listWithScopes().stream().filter(Staff::waitsForScope).map(StaffView::of).toList();
    }

    public StaffView get(String username) {
        return find(username).orElseThrow(NotFoundException::new);
    }

    public Optional<StaffView> find(String username) {
        return staffRepository.findWithScope(username).map(StaffView::of);
    }

    /** Creates the staff entry when the person has not logged in yet, so access can be prepared. */
    @Transactional
    public StaffView assignScope(String username, ScopeInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        Set<String> facilityCodes = input.facilityCodes();
        Set<String> countries = input.countryCodes();
        FieldErrors errors = new FieldErrors();
        if (!VALID_USERNAME.matcher(username).matches()) {
            errors.add(text.error("username", "staff.username.pattern"));
        }
        List<String> unknownFacilities = List.of();
        if (facilityCodes.stream().anyMatch(code -> !AccessScope.ALL.equals(code) && !FACILITY_CODE.matcher(code).matches())) {
            errors.add(text.error("facilities", "scope.facility.code"));
        } else {
            unknownFacilities = staffRepository.unknownFacilityCodes(
                    facilityCodes.stream().filter(code -> !AccessScope.ALL.equals(code)).toList());
        }
        if (facilityCodes.contains(AccessScope.ALL) && facilityCodes.size() > 1) {
            errors.add(text.error("facilities", "scope.all.and.some"));
        }
        if (countries.contains(AccessScope.ALL) && countries.size() > 1) {
            errors.add(text.error("nationalities", "scope.all.and.some"));
        }
        if (!unknownFacilities.isEmpty()) {
            errors.add(text.error("facilities", "scope.facility.unknown", String.join(", ", unknownFacilities)));
        }
        List<String> unknownCountries = countries.stream()
                .filter(code -> !AccessScope.ALL.equals(code) && !Countries.isCountry(code)).toList();
        if (!unknownCountries.isEmpty()) {
            errors.add(text.error("nationalities", "scope.country.unknown", String.join(", ", unknownCountries)));
        }
        errors.throwIfAny();

        Staff member = staffRepository.findWithScope(username).orElseGet(() -> newStaff(username));
        StaffView before = StaffView.of(member);
        member.facilityScope.clear();
        member.facilityScope.addAll(facilityCodes);
        member.nationalityScope.clear();
        member.nationalityScope.addAll(countries);
        staffRepository.flush();
        StaffView after = StaffView.of(member);
        audit.record(AuditAction.SCOPE_CHANGE, "STAFF", username, Map.of(
                "before", Map.of("facilities", before.facilities(), "nationalities", before.nationalities()),
                "after", Map.of("facilities", after.facilities(), "nationalities", after.nationalities())));
        return after;
    }

    private Staff newStaff(String username) {
        Staff member = new Staff();
        member.id = UUID.randomUUID();
        member.username = username;
        staffRepository.persist(member);
        return member;
    }
}
