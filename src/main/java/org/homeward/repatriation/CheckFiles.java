package org.homeward.repatriation;

import java.util.List;
import java.util.UUID;

/**
 * The files kept as evidence of a case's checklist, where a feature keeps files (documents). A
 * port, so that repatriation knows no feature; {@link #NONE} where none keeps them. The case's own
 * rules ({@link CheckEvidence}) decide which of them the caller is shown.
 */
public interface CheckFiles {

    CheckFiles NONE = caseId -> List.of();

    /** Every file of the case's checklist, removed ones included, oldest first. */
    List<CheckFile> of(UUID caseId);
}
