package org.homeward.repatriation;

import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;

/**
 * What a checklist entry must carry: a travel document marked done its type, number and expiry; the
 * handover its date, point and receiving authority; the signed protocol its reference, within the
 * length its column keeps.
 */
final class CheckFields {

    /** The signed protocol's reference is kept on the case (V8: 200 characters). */
    private static final int PROTOCOL_LENGTH = 200;

    private CheckFields() {
    }

    /** Refuses the entry, naming every missing field, unless it carries what its item needs. */
    static void require(CheckItem item, CheckInput input, boolean done, LocalizedText text) {
        FieldErrors errors = new FieldErrors();
        if (done && item == CheckItem.TRAVEL_DOCUMENT && (blank(input.documentType()) || blank(input.documentNumber())
                || input.documentExpiry() == null)) {
            errors.add(text.error("documentNumber", "case.check.document"));
        }
        if (done && item == CheckItem.HANDOVER_DETAILS && (input.handoverDate() == null || blank(input.handoverPoint())
                || blank(input.receivingAuthority()))) {
            errors.add(text.error("handoverDate", "case.check.handover"));
        }
        if (done && item == CheckItem.HANDOVER_PROTOCOL && blank(input.detail())) {
            errors.add(text.error("detail", "case.check.protocol"));
        }
        if (item == CheckItem.HANDOVER_PROTOCOL && !blank(input.detail()) && input.detail().strip().length() > PROTOCOL_LENGTH) {
            errors.add(text.error("detail", "text.too-long", PROTOCOL_LENGTH));
        }
        errors.throwIfAny();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
