package org.homeward.repatriation;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** {@link CheckFiles#NONE} until a feature keeps checklist files (documents does). */
@Dependent
class NoCheckFiles {

    @Produces
    @DefaultBean
    CheckFiles none() {
        return CheckFiles.NONE;
    }
}
